package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.enforcement.overdue.OverdueScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static com.yuyang.server.enforcement.EnforcementFixtures.SUBJECT_102;
import static com.yuyang.server.enforcement.EnforcementFixtures.SUBJECT_201;
import static com.yuyang.server.enforcement.EnforcementFixtures.act;
import static com.yuyang.server.enforcement.EnforcementFixtures.createCase;
import static com.yuyang.server.enforcement.EnforcementFixtures.minorClassWithRoute;
import static org.assertj.core.api.Assertions.assertThat;

/** B3–B6, B12–B14: the case flow engine through its HTTP API. */
class CaseFlowIT extends IntegrationTest {

    /** Every stage the engine completes by itself (FILE, MEASURES, PUBLICITY, APPEAL get handlers of enf-public). */
    static final String[] ENGINE_STAGES = {"INTAKE", "DISPATCH", "VERIFY", "EVIDENCE", "TRANSFER", "DISPOSAL", "CLOSE"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverdueScanner overdue;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        EnforcementFixtures.accounts(jdbc);
    }

    Map<String, Object> completing(String stage) {
        return switch (stage) {
            case "DISPATCH" -> Map.of("assigneeId", 4);
            case "VERIFY" -> Map.of("cause", "超限运输", "enterpriseOpinion", "无异议", "correction", "已卸载超限货物",
                    "process", "现场核查车辆及运单");
            default -> Map.of();
        };
    }

    static String action(String stage) {
        return switch (stage) {
            case "DISPATCH" -> "dispatch";
            case "VERIFY" -> "verify";
            default -> "pass";
        };
    }

    JsonNode detail(long id, String user) {
        Api.Answer a = api.get("/api/enforcement/cases/" + id, user);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result();
    }

    @Test
    @DisplayName("B3/B4/B6: a case walks every stage of its route to CLOSED, with number, token, QR code and full trail")
    void b6_full_case_through_every_stage() {
        long category = minorClassWithRoute(api, ENGINE_STAGES);
        JsonNode created = createCase(api, "enforcer1", category, SUBJECT_201);
        long id = created.path("id").asLong();
        assertThat(created.path("caseNo").asText()).matches("ZF\\d{8}\\d{5}");
        assertThat(created.path("publicToken").asText()).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");
        assertThat(created.path("currentStage").asText()).isEqualTo("INTAKE");
        assertThat(created.toString()).doesNotContain("610802199001011234");

        HttpResponse<byte[]> png = api.bytes("/api/enforcement/cases/" + id + "/qrcode", "enforcer1");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(png.body()).startsWith(new byte[]{(byte) 0x89, 'P', 'N', 'G'});

        for (int i = 0; i < ENGINE_STAGES.length; i++) {
            String stage = ENGINE_STAGES[i];
            JsonNode before = detail(id, "enforcer1");
            assertThat(before.path("case").path("currentStage").asText()).isEqualTo(stage);
            assertThat(before.path("availableActions").findValuesAsText("action")).contains(action(stage));
            if (stage.equals("EVIDENCE")) {
                Api.Answer rec = api.post("/api/enforcement/cases/" + id + "/actions", "enforcer1",
                        Map.of("action", "record", "opinion", "现场拍照取证", "media", List.of(1001, 1002)));
                assertThat(rec.status()).as(rec.raw()).isEqualTo(200);
                assertThat(rec.result().path("currentStage").asText()).isEqualTo("EVIDENCE");
            }
            Api.Answer a = act(api, "enforcer1", id, action(stage), completing(stage));
            assertThat(a.status()).as(stage + ": " + a.raw()).isEqualTo(200);
            String expected = i + 1 < ENGINE_STAGES.length ? ENGINE_STAGES[i + 1] : "CLOSE";
            assertThat(a.result().path("currentStage").asText()).isEqualTo(expected);
        }
        JsonNode done = detail(id, "enforcer1");
        assertThat(done.path("case").path("status").asText()).isEqualTo("CLOSED");
        assertThat(done.path("case").path("assigneeId").asLong()).isEqualTo(4);
        assertThat(done.path("stages")).hasSize(ENGINE_STAGES.length);
        done.path("stages").forEach(s -> {
            assertThat(s.path("state").asText()).isEqualTo("DONE");
            assertThat(s.path("deadline").isNull()).isFalse();
            assertThat(s.path("finishedTime").isNull()).isFalse();
        });
        List<String> trail = done.path("actions").findValuesAsText("action");
        assertThat(trail).containsExactly("create", "pass", "dispatch", "verify", "record", "pass", "pass", "pass", "pass");
        done.path("actions").forEach(a -> assertThat(a.path("time").isNull()).isFalse());
        assertThat(done.path("actions").get(2).path("actorName").asText()).isEqualTo(
                jdbc.queryForObject("SELECT real_name FROM sys_user WHERE id = 4", String.class));
        assertThat(done.path("actions").get(2).path("internalNote").asText()).isEqualTo("内部备注：dispatch");
        JsonNode v = done.path("verifications").get(0);
        assertThat(v.path("cause").asText()).isEqualTo("超限运输");
        assertThat(v.path("process").asText()).isEqualTo("现场核查车辆及运单");
        assertThat(v.path("enterpriseOpinion").asText()).isEqualTo("无异议");
        assertThat(done.path("availableActions")).isEmpty();

        Api.Answer after = act(api, "enforcer1", id, "pass", null);
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.message()).contains("已结案");
        // the driver's ID number is stored encrypted with a blind index
        Map<String, Object> row = jdbc.queryForMap("SELECT driver_id_enc, driver_id_hash FROM enforcement_case WHERE id = ?", id);
        assertThat(row.values().toString()).doesNotContain("610802199001011234");
    }

    @Test
    @DisplayName("B4: 派单 needs an enforcer of the case's grid, 核实 needs cause and process; refused input changes nothing")
    void b4_dispatch_and_verification_are_validated() {
        long category = minorClassWithRoute(api, "INTAKE", "DISPATCH", "VERIFY", "CLOSE");
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        assertThat(act(api, "enforcer1", id, "pass", null).status()).isEqualTo(200);
        Api.Answer pass = act(api, "enforcer1", id, "pass", null);
        assertThat(pass.status()).isEqualTo(400);
        assertThat(pass.message()).contains("派单");
        Api.Answer otherGrid = act(api, "enforcer1", id, "dispatch", Map.of("assigneeId", EnforcementFixtures.ENFORCER_B));
        assertThat(otherGrid.status()).isEqualTo(400);
        assertThat(otherGrid.message()).contains("网格");
        Api.Answer nobody = act(api, "enforcer1", id, "dispatch", Map.of());
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.message()).contains("承办人不能为空");
        assertThat(act(api, "enforcer1", id, "dispatch", Map.of("assigneeId", EnforcementFixtures.ENFORCER2)).status())
                .isEqualTo(200);
        Api.Answer noCause = act(api, "enforcer2", id, "verify", Map.of("process", "现场核查"));
        assertThat(noCause.status()).isEqualTo(400);
        assertThat(noCause.message()).contains("违法原因不能为空");
        Api.Answer unknown = act(api, "enforcer2", id, "fly", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("不支持该操作");
        JsonNode d = detail(id, "enforcer2");
        assertThat(d.path("case").path("currentStage").asText()).isEqualTo("VERIFY");
        assertThat(d.path("verifications")).isEmpty();
        assertThat(d.path("actions").findValuesAsText("action")).containsExactly("create", "pass", "dispatch");
    }

    @Test
    @DisplayName("B6/B14: a route change makes a new version; open cases keep theirs, new cases take the new one")
    void b14_route_change_does_not_affect_open_cases() {
        long category = minorClassWithRoute(api, "INTAKE", "DISPATCH", "VERIFY", "CLOSE");
        long old = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();

        Api.Answer stale = api.put("/api/enforcement/routes/" + category, "admin",
                EnforcementFixtures.route(0, "INTAKE", "CLOSE"));
        assertThat(stale.status()).isEqualTo(409);
        Api.Answer v2 = api.put("/api/enforcement/routes/" + category, "admin",
                EnforcementFixtures.route(1, "INTAKE", "VERIFY", "CLOSE"));
        assertThat(v2.status()).as(v2.raw()).isEqualTo(200);
        assertThat(v2.result().path("versionNo").asInt()).isEqualTo(2);
        JsonNode view = api.get("/api/enforcement/routes/" + category, "admin").result();
        assertThat(view.path("active").path("versionNo").asInt()).isEqualTo(2);
        assertThat(view.path("versions").findValuesAsText("versionNo")).containsExactly("2", "1");
        assertThat(api.get("/api/enforcement/routes/" + category + "/versions/1", "admin").result()
                .path("stages").findValuesAsText("stageCode")).containsExactly("INTAKE", "DISPATCH", "VERIFY", "CLOSE");

        // the open case still goes to 派单 (version 1); a new case goes straight to 核实 (version 2)
        Api.Answer oldMove = act(api, "enforcer1", old, "pass", null);
        assertThat(oldMove.result().path("currentStage").asText()).isEqualTo("DISPATCH");
        assertThat(oldMove.result().path("routeVersion").asInt()).isEqualTo(1);
        long fresh = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        Api.Answer freshMove = act(api, "enforcer1", fresh, "pass", null);
        assertThat(freshMove.result().path("currentStage").asText()).isEqualTo("VERIFY");
        assertThat(freshMove.result().path("routeVersion").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("B14: route edits are validated and reserved to route editors")
    void b14_route_validation_and_permission() {
        long category = minorClassWithRoute(api, "INTAKE", "CLOSE");
        assertThat(api.put("/api/enforcement/routes/" + category, "enforcer1",
                EnforcementFixtures.route(1, "INTAKE", "CLOSE")).status()).isEqualTo(403);
        Api.Answer first = api.put("/api/enforcement/routes/" + category, "admin", EnforcementFixtures.route(1, "VERIFY", "CLOSE"));
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.message()).contains("录入");
        Api.Answer bad = api.put("/api/enforcement/routes/" + category, "admin", EnforcementFixtures.route(1, "INTAKE", "NAP"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("环节代码不正确");
        Map<String, Object> noRole = EnforcementFixtures.route(1, "INTAKE");
        @SuppressWarnings("unchecked")
        Map<String, Object> s0 = ((List<Map<String, Object>>) noRole.get("stages")).get(0);
        s0.put("roleCodes", List.of("nobody_role"));
        Api.Answer role = api.put("/api/enforcement/routes/" + category, "admin", noRole);
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.message()).contains("角色不存在");
        s0.put("roleCodes", List.of("enforcer"));
        s0.put("timeUnit", "WEEKS");
        assertThat(api.put("/api/enforcement/routes/" + category, "admin", noRole).status()).isEqualTo(400);
        assertThat(api.put("/api/enforcement/routes/" + EnforcementFixtures.ROAD_MAJOR, "admin",
                EnforcementFixtures.route(0, "INTAKE")).message()).contains("小类");
        assertThat(api.get("/api/enforcement/routes/" + category, "admin").result().path("active").path("versionNo").asInt())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("B6: on every stage a user without the stage's role gets 403 and nothing changes")
    void b6_role_refusal_on_every_stage() {
        long category = minorClassWithRoute(api, ENGINE_STAGES);
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        for (String stage : ENGINE_STAGES) {
            for (String action : List.of(action(stage), "record", "pause")) {
                Api.Answer refused = act(api, "enf_clerk", id, action, completing(stage));
                assertThat(refused.status()).as(stage + " " + action + ": " + refused.raw()).isEqualTo(403);
                assertThat(refused.message()).contains("无权办理");
            }
            JsonNode seen = detail(id, "enf_clerk");
            assertThat(seen.path("case").path("currentStage").asText()).isEqualTo(stage);
            assertThat(seen.path("availableActions")).isEmpty();
            assertThat(act(api, "enforcer1", id, action(stage), completing(stage)).status()).isEqualTo(200);
        }
        assertThat(detail(id, "enforcer1").path("actions").findValuesAsText("actorName")).doesNotContain("执法文员");
        // a user without the case permissions at all
        assertThat(act(api, "inspector1", id, "pass", null).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("B6: two enforcers acting on the same stage at once: exactly one wins, the other gets 409")
    void b6_concurrent_action_has_exactly_one_winner() throws Exception {
        long category = minorClassWithRoute(api, "INTAKE", "VERIFY", "CLOSE");
        for (int round = 0; round < 5; round++) {
            JsonNode seen = createCase(api, "enforcer1", category, SUBJECT_201);
            long id = seen.path("id").asLong();
            int version = seen.path("version").asInt();
            api.token("enforcer1");
            api.token("enforcer2");
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Api.Answer>> calls = new ArrayList<>();
            for (String user : List.of("enforcer1", "enforcer2")) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // both act on the version they saw (as the UI and the app do)
                    return api.post("/api/enforcement/cases/" + id + "/actions", user,
                            Map.of("action", "pass", "opinion", "同意", "version", version));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Api.Answer> f : calls) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            JsonNode d = detail(id, "enforcer1");
            assertThat(d.path("case").path("currentStage").asText()).isEqualTo("VERIFY");
            assertThat(d.path("actions").findValuesAsText("action")).containsExactly("create", "pass");
            assertThat(d.path("stages")).hasSize(2);
        }
        // acting on a stale view is a 409 even when the new stage would refuse the action for another reason
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        assertThat(act(api, "enforcer1", id, "pass", null).status()).isEqualTo(200);
        Api.Answer stale = api.post("/api/enforcement/cases/" + id + "/actions", "enforcer2",
                Map.of("action", "pass", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.message()).contains("已被他人处理");
    }

    @Test
    @DisplayName("B12: a paused stage accepts only resume; resuming moves the deadline by the paused time")
    void b12_pause_and_resume() {
        long category = minorClassWithRoute(api, "INTAKE", "CLOSE");
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        Api.Answer noReason = api.post("/api/enforcement/cases/" + id + "/actions", "enforcer1", Map.of("action", "pause"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(act(api, "enforcer1", id, "pause", null).status()).isEqualTo(200);
        long entry = detail(id, "enforcer1").path("case").path("currentStageEntryId").asLong();
        // pretend the pause began an hour ago
        jdbc.update("UPDATE enforcement_case_stage SET paused_at = DATE_SUB(paused_at, INTERVAL 1 HOUR) WHERE id = ?", entry);
        java.sql.Timestamp deadline = jdbc.queryForObject("SELECT deadline FROM enforcement_case_stage WHERE id = ?",
                java.sql.Timestamp.class, entry);
        Api.Answer blocked = act(api, "enforcer1", id, "pass", null);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.message()).contains("暂停");
        assertThat(detail(id, "enforcer1").path("availableActions").findValuesAsText("action"))
                .containsExactlyInAnyOrder("resume", "record");
        assertThat(act(api, "enforcer1", id, "resume", null).status()).isEqualTo(200);
        Map<String, Object> after = jdbc.queryForMap("SELECT deadline, paused_at, paused_millis FROM enforcement_case_stage"
                + " WHERE id = ?", entry);
        assertThat(after.get("paused_at")).isNull();
        assertThat(((Number) after.get("paused_millis")).longValue()).isBetween(3_590_000L, 3_700_000L);
        long moved = ((java.sql.Timestamp) after.get("deadline")).getTime() - deadline.getTime();
        assertThat(moved).isBetween(3_590_000L, 3_700_000L);
        assertThat(act(api, "enforcer1", id, "resume", null).status()).isEqualTo(409);
        assertThat(act(api, "enforcer1", id, "pass", null).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("B13: an overdue stage raises exactly one warning to the responsible users, however often the job runs")
    void b13_overdue_warning_raised_once() {
        long category = minorClassWithRoute(api, "INTAKE", "DISPATCH", "VERIFY", "CLOSE");
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        long entry = detail(id, "enforcer1").path("case").path("currentStageEntryId").asLong();
        jdbc.update("UPDATE enforcement_case_stage SET deadline = DATE_SUB(NOW(), INTERVAL 1 MINUTE) WHERE id = ?", entry);

        overdue.run();
        overdue.run();
        String key = "enforcement:overdue:" + entry;
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE dedupe_key = ?", Integer.class, key)).isEqualTo(1);
        List<Long> to = jdbc.queryForList("SELECT r.user_id FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.dedupe_key = ?", Long.class, key);
        // no assignee yet: every enforcer of grid 201 (enforcer1, enforcer2), not the clerk, not grid 102
        assertThat(to).contains(4L, EnforcementFixtures.ENFORCER2).doesNotContain(EnforcementFixtures.CLERK,
                EnforcementFixtures.ENFORCER_B);
        assertThat(jdbc.queryForObject("SELECT category FROM msg_message WHERE dedupe_key = ?", String.class, key))
                .isEqualTo("CASE_OVERDUE");
        JsonNode stage = detail(id, "enforcer1").path("stages").get(0);
        assertThat(stage.path("overdue").asBoolean()).isTrue();
        assertThat(stage.path("overdueWarned").asBoolean()).isTrue();

        // the next stage, dispatched to enforcer2 and overdue in turn, warns the assignee only, once
        act(api, "enforcer1", id, "pass", null);
        act(api, "enforcer1", id, "dispatch", Map.of("assigneeId", EnforcementFixtures.ENFORCER2));
        long verifyEntry = detail(id, "enforcer1").path("case").path("currentStageEntryId").asLong();
        jdbc.update("UPDATE enforcement_case_stage SET deadline = DATE_SUB(NOW(), INTERVAL 1 MINUTE) WHERE id = ?", verifyEntry);
        overdue.run();
        overdue.run();
        assertThat(jdbc.queryForList("SELECT r.user_id FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.dedupe_key = ?", Long.class, "enforcement:overdue:" + verifyEntry))
                .containsExactly(EnforcementFixtures.ENFORCER2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE dedupe_key = ?", Integer.class, key)).isEqualTo(1);
    }

    @Test
    @DisplayName("B10/P: a case of grid 201 is invisible to an enforcer of grid 102 (detail, QR code, list, actions)")
    void grid_isolation_of_case_reads() {
        long category = minorClassWithRoute(api, "INTAKE", "CLOSE");
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        String caseNo = detail(id, "enforcer1").path("case").path("caseNo").asText();
        assertThat(api.get("/api/enforcement/cases/" + id, "enforcer_b").status()).isEqualTo(404);
        assertThat(api.bytes("/api/enforcement/cases/" + id + "/qrcode", "enforcer_b").statusCode()).isEqualTo(404);
        assertThat(act(api, "enforcer_b", id, "pass", null).status()).isEqualTo(404);
        Api.Answer list = api.get("/api/enforcement/cases?caseNo=" + caseNo, "enforcer_b");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.result().path("total").asInt()).isZero();
        assertThat(api.get("/api/enforcement/cases?caseNo=" + caseNo, "enforcer1").result().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/enforcement/cases?caseNo=" + caseNo, "admin").result().path("total").asInt()).isEqualTo(1);
        // and an enforcer cannot register a case for a subject of another grid
        Api.Answer foreign = api.post("/api/enforcement/cases", "enforcer1",
                Map.of("categoryId", category, "subjectId", SUBJECT_102, "content", "跨网格登记"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.message()).contains("网格");
    }

    @Test
    @DisplayName("B3: bad case input is refused with a Chinese message and creates nothing")
    void b3_bad_input_refused() {
        long category = minorClassWithRoute(api, "INTAKE", "CLOSE");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Integer.class);
        Api.Answer major = api.post("/api/enforcement/cases", "enforcer1",
                Map.of("categoryId", EnforcementFixtures.ROAD_MAJOR, "subjectId", SUBJECT_201, "content", "x"));
        assertThat(major.status()).isEqualTo(400);
        assertThat(major.message()).contains("小类");
        Api.Answer noSubject = api.post("/api/enforcement/cases", "enforcer1",
                Map.of("categoryId", category, "subjectId", 1, "content", "x"));
        assertThat(noSubject.status()).isEqualTo(400);
        assertThat(noSubject.message()).contains("执法对象不存在");
        Api.Answer plate = api.post("/api/enforcement/cases", "enforcer1",
                Map.of("categoryId", category, "subjectId", SUBJECT_201, "content", "x", "plate", "ABC"));
        assertThat(plate.status()).isEqualTo(400);
        assertThat(plate.raw()).contains("车牌号格式不正确");
        Api.Answer empty = api.post("/api/enforcement/cases", "enforcer1", Map.of("categoryId", category, "subjectId", SUBJECT_201));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw()).contains("案情不能为空");
        assertThat(api.post("/api/enforcement/cases", "inspector1",
                Map.of("categoryId", category, "subjectId", SUBJECT_201, "content", "x")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Integer.class)).isEqualTo(before);
    }
}
