package com.yuyang.base.system.auth;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.PasswordHasher;
import com.yuyang.base.core.security.TokenSessionService;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.springframework.stereotype.Service;

import java.util.Map;

/** Username + password login (P2) with captcha after repeated failures and a time-bound lock. */
@Service
public class LoginService {

    static final String ACTIVE = "ACTIVE";

    private final SysUserMapper users;
    private final PasswordHasher passwords;
    private final LoginAttemptGuard guard;
    private final CaptchaService captchas;
    private final LoginUserLoader loader;
    private final TokenSessionService sessions;
    private final AuthEvents events;

    public LoginService(SysUserMapper users, PasswordHasher passwords, LoginAttemptGuard guard, CaptchaService captchas,
                        LoginUserLoader loader, TokenSessionService sessions, AuthEvents events) {
        this.users = users;
        this.passwords = passwords;
        this.guard = guard;
        this.captchas = captchas;
        this.loader = loader;
        this.sessions = sessions;
        this.events = events;
    }

    public LoginResult login(LoginRequest req, ClientInfo client) {
        String username = req.username().trim();
        SysUser user = users.selectOne(new LambdaQueryWrapper<SysUser>().eq(SysUser::getUsername, username));
        if (user != null) {
            try {
                guard.checkNotLocked(user);
            } catch (BizException locked) {
                events.publish(user.getId(), username, AuthEvents.LOGIN_FAILED, false, client.ip(), "账号锁定中");
                throw locked;
            }
        }
        if (guard.captchaRequired(user, username)) {
            if (req.captchaCode() == null || req.captchaCode().isBlank()) {
                throw new BizException(400, "登录失败次数过多，请输入图形验证码", Map.of("captchaRequired", true));
            }
            if (!captchas.verify(req.captchaKey(), req.captchaCode())) {
                throw new BizException(400, "图形验证码错误或已过期", Map.of("captchaRequired", true));
            }
        }
        if (!passwords.matches(req.password(), user == null ? null : user.getPasswordHash())) {
            BizException failure = guard.recordFailure(user, username);
            boolean locked = failure.status() == 423;
            events.publish(user == null ? null : user.getId(), username,
                    locked ? AuthEvents.LOCKED : AuthEvents.LOGIN_FAILED, false, client.ip(),
                    locked ? "连续密码错误，账号锁定" : "密码错误");
            throw failure;
        }
        if (!ACTIVE.equals(user.getStatus())) {
            events.publish(user.getId(), username, AuthEvents.LOGIN_FAILED, false, client.ip(), "账号已停用");
            throw BizException.forbidden("账号已停用，请联系管理员");
        }
        guard.recordSuccess(user, client.ip());
        return startSession(user, client, "PASSWORD", AuthEvents.LOGIN);
    }

    /** Opens a session for an already verified user (password or SMS code). */
    public LoginResult startSession(SysUser user, ClientInfo client, String loginType, String auditAction) {
        LoginUser lu = loader.load(user);
        String token = sessions.create(lu, client.ip(), client.userAgent(), loginType);
        events.publish(lu.id(), lu.username(), auditAction, true, client.ip(), loginType);
        return new LoginResult(token, new LoginResult.UserSummary(lu.id(), lu.username(), lu.realName(),
                lu.deptId(), lu.tenantId(), lu.admin(), lu.roles()));
    }
}
