package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts, categories and routes for the enforcement specs (ids 94xxx), made through the real APIs where there is one. */
final class EnforcementFixtures {

    static final long CLERK_ROLE = 94001;
    static final long CLERK = 94001;       // grid 201, may read and act on cases, but holds no stage role
    static final long ENFORCER2 = 94002;   // second enforcer of grid 201 (races)
    static final long ENFORCER_B = 94003;  // enforcer of grid 102 (isolation)
    static final long SUBJECT_201 = 400301;
    static final long SUBJECT_102 = 400305;
    static final long ROAD_MAJOR = 400100;

    private static final AtomicInteger SEQ = new AtomicInteger();

    private EnforcementFixtures() {
    }

    static synchronized void accounts(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, CLERK) > 0) {
            return;
        }
        jdbc.update("INSERT INTO sys_role (id, tenant_id, code, name, data_scope, remark) VALUES (?, 1, 'enf_clerk',"
                + " '执法文员', 'GRID', 'IT')", CLERK_ROLE);
        jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) VALUES (?, 4050), (?, 4052)", CLERK_ROLE, CLERK_ROLE);
        // subjects: list + export, without sys:sensitive:view (the export must come out masked)
        jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) VALUES (?, 4020), (?, 4025)", CLERK_ROLE, CLERK_ROLE);
        user(jdbc, CLERK, "enf_clerk", "执法文员", CLERK_ROLE, 201);
        user(jdbc, ENFORCER2, "enforcer2", "执法队员二", 4, 201);
        user(jdbc, ENFORCER_B, "enforcer_b", "青山路执法队员", 4, 102);
    }

    private static void user(JdbcTemplate jdbc, long id, String username, String name, long role, long grid) {
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " SELECT ?, 1, ?, password_hash, ?, 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4", id, username, name);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", id, role);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, ?)", id, grid);
    }

    /** A new minor class under 道路运输违法 with a route of the given stage codes (all for role enforcer, 2 hours each). */
    static long minorClassWithRoute(Api api, String... stages) {
        Map<String, Object> body = new LinkedHashMap<>();
        int n = SEQ.incrementAndGet();
        body.put("name", "测试小类" + n + "-" + System.nanoTime() % 100000);
        body.put("code", "IT-" + n + "-" + System.nanoTime() % 100000);
        body.put("level", "MINOR");
        body.put("parent_id", ROAD_MAJOR);
        body.put("fine_min", 100);
        body.put("fine_max", 1000);
        Api.Answer c = api.post("/api/online/data/enforcement_case_category", "admin", body);
        assertThat(c.status()).as(c.raw()).isEqualTo(200);
        long id = Long.parseLong(c.result().asText());
        Api.Answer r = api.put("/api/enforcement/routes/" + id, "admin", route(0, stages));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> route(int base, String... stages) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String s : stages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stageCode", s);
            m.put("roleCodes", List.of("enforcer"));
            m.put("timeLimit", 2);
            m.put("timeUnit", "HOURS");
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseVersionNo", base);
        body.put("remark", "IT");
        body.put("stages", list);
        return body;
    }

    static JsonNode createCase(Api api, String user, long categoryId, long subjectId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", categoryId);
        body.put("subjectId", subjectId);
        body.put("content", "货车超限运输，超限 35%");
        body.put("plate", "陕K12345");
        body.put("driverIdNo", "610802199001011234");
        Api.Answer a = api.post("/api/enforcement/cases", user, body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result();
    }

    static Api.Answer act(Api api, String user, long caseId, String action, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("opinion", "办理意见：" + action);
        body.put("internalNote", "内部备注：" + action);
        body.put("publicOpinion", true);
        if (data != null) {
            body.put("data", data);
        }
        return api.post("/api/enforcement/cases/" + caseId + "/actions", user, body);
    }
}
