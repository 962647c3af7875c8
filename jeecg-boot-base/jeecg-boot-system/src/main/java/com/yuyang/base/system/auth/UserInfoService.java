package com.yuyang.base.system.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.user.SysUser;
import com.yuyang.base.system.user.SysUserMapper;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code GET /api/sys/user/info}: who I am (never the hash, phone masked), my roles, codes and menus. */
@Service
public class UserInfoService {

    public record UserInfo(Profile user, Set<String> roles, Set<String> permissions, List<MenuNode> menus) {
    }

    public record Profile(long id, String username, String realName, String phone, String email, Long deptId,
                          long tenantId, String userType, boolean admin) {
    }

    private final SysUserMapper users;
    private final FieldCipher cipher;
    private final MenuTreeBuilder menus;
    private final LoginUserLoader loader;
    /**
     * user/info is called on every page load; its parts change rarely (the menu table is itself cached for
     * 10 s and the permissions are fixed per session). Keyed by the whole LoginUser, so a refreshed session
     * with other grants gets a fresh answer at once; profile edits show within a few seconds.
     */
    private final Cache<LoginUser, UserInfo> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(10_000)
            .build();

    public UserInfoService(SysUserMapper users, FieldCipher cipher, MenuTreeBuilder menus, LoginUserLoader loader) {
        this.users = users;
        this.cipher = cipher;
        this.menus = menus;
        this.loader = loader;
    }

    /** The caller rebuilt from the database (roles, grants, ceiling as they are now). */
    public LoginUser reload(LoginUser me) {
        SysUser u = users.selectById(me.id());
        if (u == null) {
            throw BizException.unauthorized("账号不存在或已删除，请重新登录");
        }
        return loader.load(u);
    }

    public UserInfo of(LoginUser me) {
        return recent.get(me, this::build);
    }

    private UserInfo build(LoginUser me) {
        SysUser u = users.selectById(me.id());
        if (u == null) {
            throw BizException.unauthorized("账号不存在或已删除，请重新登录");
        }
        String phone = u.getPhoneEnc() == null ? null : Masking.phone(cipher.decrypt(u.getPhoneEnc()));
        Profile p = new Profile(u.getId(), u.getUsername(), u.getRealName(), phone, u.getEmail(), u.getDeptId(),
                me.tenantId(), u.getUserType(), me.admin());
        return new UserInfo(p, new TreeSet<>(me.roles()), new TreeSet<>(me.permissions()), menus.build(me));
    }
}
