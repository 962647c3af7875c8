package com.yuyang.server.org;

import com.yuyang.base.core.security.LoginUser;

import java.util.Set;

/** The demo accounts as the security layer would bind them (for service-level tests). */
final class DemoUsers {

    private DemoUsers() {
    }

    static LoginUser admin() {
        return new LoginUser(1, "admin", "系统管理员", 1, 1L, Set.of("admin"), Set.of(), true);
    }

    static LoginUser byName(String username) {
        return switch (username) {
            case "admin" -> admin();
            case "inspector1" -> user(2, username, 10L, "inspector");
            case "inspector2" -> user(3, username, 10L, "inspector");
            case "enforcer1" -> user(4, username, 11L, "enforcer");
            case "roadchief1" -> user(5, username, 12L, "road_chief");
            case "enterprise1" -> user(6, username, null, "enterprise");
            case "leader1" -> user(7, username, 10L, "dept_leader");
            default -> throw new IllegalArgumentException(username);
        };
    }

    private static LoginUser user(long id, String username, Long dept, String role) {
        return new LoginUser(id, username, username, 1, dept, Set.of(role), Set.of(), false);
    }
}
