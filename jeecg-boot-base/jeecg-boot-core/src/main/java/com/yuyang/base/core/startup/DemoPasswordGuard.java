package com.yuyang.base.core.startup;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * No demo account may keep the published demo password in prod. Checks the stored hash of each demo
 * username that exists against the demo password itself, so any re-hash of the same password is caught too.
 */
public class DemoPasswordGuard implements StartupGuard {

    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final List<String> DEMO_USERNAMES =
            List.of("admin", "inspector1", "inspector2", "enforcer1", "roadchief1", "enterprise1", "leader1");

    private final Supplier<Map<String, String>> hashesByUsername;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** @param hashesByUsername the stored password hash of each demo username that exists */
    public DemoPasswordGuard(Supplier<Map<String, String>> hashesByUsername) {
        this.hashesByUsername = hashesByUsername;
    }

    @Override
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        hashesByUsername.get().forEach((username, hash) -> {
            if (hash != null && hash.startsWith("$2") && bcrypt.matches(DEMO_PASSWORD, hash)) {
                out.add("演示账号仍在使用演示密码：" + username + "（请先修改密码或删除该账号）");
            }
        });
        return out;
    }
}
