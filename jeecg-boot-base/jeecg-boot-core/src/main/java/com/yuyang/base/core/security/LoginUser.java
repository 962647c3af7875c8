package com.yuyang.base.core.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated caller as every layer sees it. Built by the identity service at login and kept
 * with the token session. {@code permissions} are already capped by the unit ceiling.
 */
public record LoginUser(
        long id,
        String username,
        String realName,
        long tenantId,
        Long deptId,
        Set<String> roles,
        Set<String> permissions,
        boolean admin) implements Serializable {

    public boolean hasPermission(String code) {
        return admin || permissions.contains(code);
    }

    /**
     * The username: this is the name of the request's user principal (Shiro), so logs and servlet code see the
     * account, not every role and permission code (the record's default text, hundreds of codes, was built for
     * every request and put the whole permission set into any log line that printed the principal).
     */
    @Override
    public String toString() {
        return username;
    }
}
