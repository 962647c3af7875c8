package com.yuyang.base.system.auth;

import java.util.Set;

/** What a successful login returns: the token and a short summary of who logged in. */
public record LoginResult(String token, UserSummary user) {

    public record UserSummary(long id, String username, String realName, Long deptId, long tenantId,
                              boolean admin, Set<String> roles) {
    }
}
