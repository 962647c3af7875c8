package com.yuyang.base.system.auth;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.TokenSessionService;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;

/** The admin's account-security actions on another user: unlock, reset password, kick out. Each is audited. */
@Service
public class AccountSecurityService {

    private final PasswordService passwords;
    private final AuthMapper mapper;
    private final SysUserMapper users;
    private final TokenSessionService sessions;
    private final AuthEvents events;

    public AccountSecurityService(PasswordService passwords, AuthMapper mapper, SysUserMapper users,
                                  TokenSessionService sessions, AuthEvents events) {
        this.passwords = passwords;
        this.mapper = mapper;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
    }

    /** Returns the temporary password; all the user's sessions are revoked. */
    public String resetPassword(long id, LoginUser by, String ip) {
        SysUser target = existing(id);
        String temporary = passwords.reset(id, by);
        events.publish(id, target.getUsername(), AuthEvents.PASSWORD_RESET, true, ip, "by " + by.username());
        return temporary;
    }

    public void unlock(long id, LoginUser by, String ip) {
        SysUser target = existing(id);
        mapper.unlock(id, by.username(), LocalDateTime.now());
        events.publish(id, target.getUsername(), AuthEvents.UNLOCKED, true, ip, "by " + by.username());
    }

    public void kickout(long id, LoginUser by, String ip) {
        SysUser target = existing(id);
        sessions.revokeAllOf(id);
        events.publish(id, target.getUsername(), AuthEvents.KICKED_OUT, true, ip, "by " + by.username());
    }

    private SysUser existing(long id) {
        SysUser u = users.selectById(id);
        if (u == null) {
            throw BizException.notFound("用户不存在");
        }
        return u;
    }
}
