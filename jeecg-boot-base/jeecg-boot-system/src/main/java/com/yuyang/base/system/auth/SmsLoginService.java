package com.yuyang.base.system.auth;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.sms.SmsCodeService;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.springframework.stereotype.Service;

import java.util.List;

/** Phone + SMS code login (C8, E2). The phone is found by its keyed hash; the answer never says whether it exists. */
@Service
public class SmsLoginService {

    private final SmsCodeService codes;
    private final SysUserMapper users;
    private final FieldCipher cipher;
    private final LoginAttemptGuard guard;
    private final LoginService login;
    private final AuthEvents events;

    public SmsLoginService(SmsCodeService codes, SysUserMapper users, FieldCipher cipher, LoginAttemptGuard guard,
                           LoginService login, AuthEvents events) {
        this.codes = codes;
        this.users = users;
        this.cipher = cipher;
        this.guard = guard;
        this.login = login;
        this.events = events;
    }

    public void sendCode(String phone) {
        codes.sendLoginCode(phone, hash -> accountOf(hash) != null);
    }

    public LoginResult login(SmsLoginRequest req, ClientInfo client) {
        if (!codes.verify(req.phone(), req.code())) {
            events.publish(null, null, AuthEvents.LOGIN_FAILED, false, client.ip(), "短信验证码错误");
            throw BizException.unauthorized("验证码错误或已过期");
        }
        SysUser user = accountOf(cipher.hash(req.phone()));
        if (user == null) {
            throw BizException.unauthorized("验证码错误或已过期");
        }
        guard.checkNotLocked(user);
        if (!LoginService.ACTIVE.equals(user.getStatus())) {
            throw BizException.forbidden("账号已停用，请联系管理员");
        }
        guard.recordSuccess(user, client.ip());
        return login.startSession(user, client, "SMS", AuthEvents.SMS_LOGIN);
    }

    private SysUser accountOf(String phoneHash) {
        List<SysUser> found = users.selectList(new LambdaQueryWrapper<SysUser>().eq(SysUser::getPhoneHash, phoneHash)
                .orderByAsc(SysUser::getId));
        return found.isEmpty() ? null : found.get(0);
    }
}
