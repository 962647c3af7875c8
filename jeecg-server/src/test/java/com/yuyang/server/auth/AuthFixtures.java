package com.yuyang.server.auth;

import org.springframework.jdbc.core.JdbcTemplate;

/** Dedicated accounts per test, so that lockouts and resets never disturb the shared demo accounts. */
final class AuthFixtures {

    /** bcrypt of Demo@2026, as in the demo migration */
    static final String DEMO_HASH = "$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG";
    static final String DEMO_PASSWORD = "Demo@2026";

    private AuthFixtures() {
    }

    /** Creates (or resets) an active account with the demo password and the given role. */
    static void account(JdbcTemplate jdbc, long id, String username, long roleId) {
        jdbc.update("DELETE FROM sys_user_role WHERE user_id = ?", id);
        jdbc.update("DELETE FROM sys_user WHERE id = ?", id);
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status, "
                + "failed_count) VALUES (?, 1, ?, ?, ?, 10, 'STAFF', 'ACTIVE', 0)", id, username, DEMO_HASH, "测试" + username);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", id, roleId);
    }
}
