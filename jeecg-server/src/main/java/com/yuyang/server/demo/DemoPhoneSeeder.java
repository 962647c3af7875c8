package com.yuyang.server.demo;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demo only ({@code platform.demo.enabled=true}): gives the demo accounts phone numbers for SMS login.
 * Phones must be encrypted with the configured key, which SQL migrations cannot do, hence Java. Idempotent:
 * only users whose phone is still empty are touched.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
public class DemoPhoneSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPhoneSeeder.class);

    static final Map<String, String> PHONES = new LinkedHashMap<>();

    static {
        PHONES.put("admin", "13800000001");
        PHONES.put("inspector1", "13800000002");
        PHONES.put("inspector2", "13800000003");
        PHONES.put("enforcer1", "13800000004");
        PHONES.put("roadchief1", "13800000005");
        PHONES.put("enterprise1", "13800000006");
        PHONES.put("leader1", "13800000007");
    }

    private final SysUserMapper users;
    private final FieldCipher cipher;

    public DemoPhoneSeeder(SysUserMapper users, FieldCipher cipher) {
        this.users = users;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = 0;
        for (Map.Entry<String, String> e : PHONES.entrySet()) {
            n += users.update(null, new LambdaUpdateWrapper<SysUser>()
                    .set(SysUser::getPhoneEnc, cipher.encrypt(e.getValue()))
                    .set(SysUser::getPhoneHash, cipher.hash(e.getValue()))
                    .eq(SysUser::getUsername, e.getKey())
                    .isNull(SysUser::getPhoneEnc));
        }
        if (n > 0) {
            log.info("Demo: set phone numbers of {} demo accounts", n);
        }
    }
}
