package com.yuyang.base.core.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates a request by its token session and answers authorisation from the {@link LoginUser}
 * cached in that session (permissions already capped by the unit ceiling). An admin passes every check.
 */
public class TokenRealm extends AuthorizingRealm {

    public static final String NAME = "tokenRealm";

    private final TokenSessionService sessions;

    public TokenRealm(TokenSessionService sessions) {
        this.sessions = sessions;
        setName(NAME);
        setAuthenticationTokenClass(BearerToken.class);
        setAuthenticationCachingEnabled(false);
        // The LoginUser in the session is the cache; no Shiro cache manager in between.
        setAuthorizationCachingEnabled(false);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String raw = ((BearerToken) token).getToken();
        TokenSession s = sessions.resolve(raw)
                .orElseThrow(() -> new AuthenticationException("token invalid or expired"));
        return new SimpleAuthenticationInfo(s.user(), raw, getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        LoginUser u = user(principals);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(u == null ? java.util.Set.of() : u.roles());
        if (u != null) {
            info.setStringPermissions(u.permissions());
        }
        return info;
    }

    @Override
    public boolean isPermitted(PrincipalCollection principals, Permission permission) {
        LoginUser u = user(principals);
        return u != null && (u.admin() || super.isPermitted(principals, permission));
    }

    @Override
    public boolean hasRole(PrincipalCollection principals, String role) {
        LoginUser u = user(principals);
        return u != null && (u.admin() || u.roles().contains(role));
    }

    private static LoginUser user(PrincipalCollection principals) {
        Object p = principals == null ? null : principals.getPrimaryPrincipal();
        return p instanceof LoginUser u ? u : null;
    }
}
