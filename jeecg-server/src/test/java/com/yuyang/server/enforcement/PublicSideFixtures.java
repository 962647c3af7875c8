package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases for the public-side specs (appeals, measures, archive, app, statistics; test ids 95xxx), walked through the
 * engine's real HTTP API on the demo class 非法营运 (400102: 录入 → 派单 → 核实 → 公示期 → 接受申诉 → 立案 →
 * 处置措施 → 处置 → 结案, fine range 5,000–30,000 yuan).
 */
final class PublicSideFixtures {

    static final long ILLEGAL_OPERATION = 400102;
    static final long OVERLOAD = 400101;
    static final long PERSON_201 = 400302;       // 张志强, natural person, grid 201
    static final long SUBJECT_102 = 400305;      // grid 102
    static final long ENFORCER1 = 4;
    static final long ENFORCER_102 = 95001;      // an enforcer of grid 102 (isolation)
    static final long FINE = 429101;
    static final long SUSPENSION = 429102;
    static final long REVOCATION = 429103;
    static final String DRIVER_ID = "610802199001011234";
    static final String CONTENT_PHONE = "13800001234";

    private PublicSideFixtures() {
    }

    static synchronized void accounts(JdbcTemplate jdbc) {
        EnforcementFixtures.accounts(jdbc);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, ENFORCER_102) > 0) {
            return;
        }
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " SELECT ?, 1, 'enf_pub_b', password_hash, '青山路执法员', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4",
                ENFORCER_102);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 4)", ENFORCER_102);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 102)", ENFORCER_102);
    }

    /** A new case of 非法营运 registered by {@code user} and dispatched to {@code assignee}. */
    static JsonNode newCase(Api api, String user, long subjectId, long assignee) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", ILLEGAL_OPERATION);
        body.put("subjectId", subjectId);
        body.put("content", "无证从事客运经营，举报人电话 " + CONTENT_PHONE);
        body.put("plate", "陕K8A732");
        body.put("driverIdNo", DRIVER_ID);
        Api.Answer a = api.post("/api/enforcement/cases", user, body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        long id = a.result().path("id").asLong();
        ok(act(api, user, id, "pass", null));
        ok(act(api, user, id, "dispatch", Map.of("assigneeId", assignee)));
        return a.result();
    }

    /** A new case walked up to its APPEAL stage (publicity period passed by hand). */
    static JsonNode caseInAppeal(Api api, String user, long subjectId, long assignee, String assigneeName) {
        JsonNode c = newCase(api, user, subjectId, assignee);
        long id = c.path("id").asLong();
        ok(act(api, assigneeName, id, "verify", Map.of("cause", "无道路运输经营许可证从事客运", "process",
                "现场询问驾驶员并查验证件", "enterpriseOpinion", "无异议")));
        ok(act(api, assigneeName, id, "pass", null));
        assertThat(stage(api, "admin", id)).isEqualTo("APPEAL");
        return c;
    }

    static Api.Answer act(Api api, String user, long caseId, String action, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("opinion", "办理意见：" + action);
        body.put("internalNote", "内部备注-不公开-" + action);
        body.put("publicOpinion", true);
        if (data != null) {
            body.put("data", data);
        }
        return api.post("/api/enforcement/cases/" + caseId + "/actions", user, body);
    }

    static Api.Answer meetingOpinion(Api api, String user, long caseId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "meetingOpinion");
        body.put("opinion", "经局务会议研究，同意立案并依法处罚");
        body.put("publicOpinion", true);
        body.put("data", Map.of("meetingDate", java.time.LocalDate.now().toString(), "participants", "局长、法制科"));
        return api.post("/api/enforcement/cases/" + caseId + "/actions", user, body);
    }

    static Api.Answer measures(Api api, String user, long caseId, List<Map<String, Object>> measures, Boolean confirm) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("measures", measures);
        if (confirm != null) {
            data.put("confirmOutOfRange", confirm);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "measures");
        body.put("opinion", "依法作出处置决定");
        body.put("publicOpinion", true);
        body.put("data", data);
        return api.post("/api/enforcement/cases/" + caseId + "/actions", user, body);
    }

    static Api.Answer appeal(Api api, String token, String content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("appellant", "张志强");
        body.put("phone", "13912345678");
        return api.call("POST", "/api/public/cases/" + token + "/appeals", null, body);
    }

    static Api.Answer reply(Api api, String user, String appealId, boolean accepted) {
        return api.post("/api/enforcement/appeals/" + appealId + "/reply", user,
                Map.of("accepted", accepted, "reply", accepted ? "申诉理由成立" : "经复核，违法事实清楚，维持原处理意见"));
    }

    static String stage(Api api, String user, long caseId) {
        Api.Answer a = api.get("/api/enforcement/cases/" + caseId, user);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        JsonNode r = a.result();
        JsonNode c = r.has("case") ? r.path("case") : r;
        return c.path("currentStage").asText();
    }

    static void ok(Api.Answer a) {
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
    }
}
