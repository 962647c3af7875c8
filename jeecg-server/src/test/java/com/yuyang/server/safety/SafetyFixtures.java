package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test subjects created through the real online form API, and extra demo-like accounts. */
final class SafetyFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** bcrypt of Demo@2026, as in the demo migration. */
    static final String DEMO_HASH = "$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG";

    private SafetyFixtures() {
    }

    static long createSubject(Api api, long gridId, long industryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试主体" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet());
        body.put("subject_type", "ENTERPRISE");
        body.put("phone", "13800001111");
        body.put("address", "榆阳区测试路 1 号");
        body.put("dept_id", 10);
        body.put("industry_id", industryId);
        body.put("grid_id", gridId);
        Api.Answer a = api.post("/api/online/data/safety_subject", "admin", body);
        if (a.status() != 200) {
            throw new AssertionError("subject not created: " + a.raw());
        }
        return Long.parseLong(a.result().asText());
    }

    /** An extra enterprise account (role 6) in grid 1011, password Demo@2026; returns its username. */
    static String enterpriseAccount(JdbcTemplate jdbc, long id) {
        String username = "ent" + id;
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, user_type, status)"
                + " VALUES (?, 1, ?, ?, ?, 'ENTERPRISE', 'ACTIVE')", id, username, DEMO_HASH, "测试企业" + id);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 6)", id);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 1011)", id);
        return username;
    }
}
