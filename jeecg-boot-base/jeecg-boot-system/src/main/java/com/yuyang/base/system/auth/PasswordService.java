package com.yuyang.base.system.auth;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.PasswordHasher;
import com.yuyang.base.core.security.TokenSessionService;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.LocalDateTime;

/** Own password change (old + new, policy) and the admin's reset to a temporary password. */
@Service
public class PasswordService {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#$%&*!";

    private final SysUserMapper users;
    private final AuthMapper mapper;
    private final PasswordHasher hasher;
    private final TokenSessionService sessions;
    private final SecureRandom random = new SecureRandom();

    public PasswordService(SysUserMapper users, AuthMapper mapper, PasswordHasher hasher, TokenSessionService sessions) {
        this.users = users;
        this.mapper = mapper;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    /** Changes the caller's password; the caller's other sessions end, this one stays. */
    public void change(LoginUser me, String oldPassword, String newPassword, String currentToken) {
        SysUser u = users.selectById(me.id());
        if (u == null || !hasher.matches(oldPassword, u.getPasswordHash())) {
            throw BizException.badRequest("原密码不正确");
        }
        hasher.checkPolicy(newPassword);
        if (hasher.matches(newPassword, u.getPasswordHash())) {
            throw BizException.badRequest("新密码不能与原密码相同");
        }
        mapper.updatePassword(u.getId(), hasher.hash(newPassword), me.username(), LocalDateTime.now());
        sessions.revokeOthersOf(u.getId(), currentToken);
    }

    /** Sets a random temporary password (meets the policy), clears any lock and ends every session of the user. */
    public String reset(long userId, LoginUser by) {
        SysUser u = users.selectById(userId);
        if (u == null) {
            throw BizException.notFound("用户不存在");
        }
        String temporary = temporaryPassword();
        mapper.updatePassword(userId, hasher.hash(temporary), by.username(), LocalDateTime.now());
        sessions.revokeAllOf(userId);
        return temporary;
    }

    String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        sb.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        sb.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        sb.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        return sb.toString();
    }
}
