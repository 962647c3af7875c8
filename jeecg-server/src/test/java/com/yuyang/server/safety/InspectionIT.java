package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A6 inspections by the grid's inspector with the A3 consequences (合格 → due after the cycle, 不达标 → due
 * now and a warning, 忽略 → unchanged); A9 remit and grid isolation; bad input; concurrent submissions.
 */
class InspectionIT extends IntegrationTest {

    /** 1x1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> item(long itemId, String result) {
        return Map.of("itemId", itemId, "result", result);
    }

    private int inspections(long subjectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection WHERE subject_id = ?", Integer.class, subjectId);
    }

    @Test
    void a6_a3_grid_inspector_submits_and_results_set_due_dates_and_warnings() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        Api.Answer photo = api.upload("/api/files", "inspector1", "photo.png", "image/png", PNG);
        assertThat(photo.status()).isEqualTo(200);
        long fileId = photo.result().path("id").asLong();

        Api.Answer ok = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                item(30001, "QUALIFIED"),
                Map.of("itemId", 30008, "result", "UNQUALIFIED", "remark", "隐患台账未更新", "attachments", List.of(fileId)),
                item(30010, "IGNORED"))));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.result().path("unqualified").asInt()).isEqualTo(1);
        assertThat(ok.result().path("results")).hasSize(3);
        long inspectionId = ok.result().path("id").asLong();

        Map<String, Object> qualified = jdbc.queryForMap("SELECT * FROM safety_subject_item_state WHERE subject_id = ? AND item_id = 30001", subject);
        Timestamp checked = (Timestamp) qualified.get("last_checked_at");
        assertThat(((Timestamp) qualified.get("due_at")).toLocalDateTime()).isEqualTo(checked.toLocalDateTime().plusDays(180));
        Map<String, Object> unqualified = jdbc.queryForMap("SELECT * FROM safety_subject_item_state WHERE subject_id = ? AND item_id = 30008", subject);
        assertThat(unqualified.get("last_result")).isEqualTo("UNQUALIFIED");
        assertThat(unqualified.get("due_at")).isEqualTo(unqualified.get("last_checked_at"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_subject_item_state WHERE subject_id = ? AND item_id = 30010",
                Integer.class, subject)).as("忽略 leaves the pair untouched").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection_attachment WHERE inspection_id = ? AND file_id = ?",
                Integer.class, inspectionId, fileId)).isEqualTo(1);

        JsonNode warnings = api.get("/api/app/warnings", "inspector1").result();
        boolean found = false;
        for (JsonNode w : warnings) {
            if (w.path("subjectId").asLong() == subject) {
                found = true;
                assertThat(w.path("itemId").asLong()).isEqualTo(30008);
                assertThat(w.path("recheckContent").asText()).contains("隐患排查台账");
                assertThat(w.path("lastRemark").asText()).isEqualTo("隐患台账未更新");
            }
        }
        assertThat(found).isTrue();
        assertThat(api.get("/api/app/warnings", "inspector2").raw()).doesNotContain(String.valueOf(subject));

        JsonNode history = api.get("/api/app/inspections?subjectId=" + subject, "inspector1").result();
        assertThat(history).hasSize(1);
        assertThat(api.get("/api/app/inspections?subjectId=" + subject, "inspector2").status()).isEqualTo(404);

        // the unqualified item rechecked as qualified leaves the warning list
        api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "checkType", "RECHECK",
                "results", List.of(item(30008, "QUALIFIED"))));
        assertThat(api.get("/api/app/warnings", "inspector1").raw()).doesNotContain("\"subjectId\":\"" + subject + "\"");
    }

    @Test
    void a9_a5_out_of_remit_items_are_refused_with_the_escalation_hint_and_nothing_is_written() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30104);
        Api.Answer refused = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject,
                "results", List.of(item(30001, "QUALIFIED"), item(30013, "UNQUALIFIED"))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.message()).contains("该检查项不在您的职责范围内，请发起流转").contains("设备设施安全");
        assertThat(refused.result().path("outOfRemit").get(0).path("itemId").asLong()).isEqualTo(30013);
        assertThat(inspections(subject)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_subject_item_state WHERE subject_id = ?", Integer.class, subject)).isZero();
    }

    @Test
    void a9_inspector_of_another_grid_is_refused() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        assertThat(api.post("/api/app/inspections", "inspector2", Map.of("subjectId", subject,
                "results", List.of(item(30001, "QUALIFIED")))).status()).isEqualTo(403);
        assertThat(api.post("/api/app/inspections", "enterprise1", Map.of("subjectId", subject,
                "results", List.of(item(30001, "QUALIFIED")))).status()).isEqualTo(403);
        assertThat(inspections(subject)).isZero();
    }

    @Test
    void bad_input_answers_400_in_chinese_and_writes_nothing() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        record Case(Object body, String message) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("subjectId", subject, "results", List.of()), "至少填写一项检查结果"),
                new Case(Map.of("results", List.of(item(30001, "QUALIFIED"))), "主体不能为空"),
                new Case(Map.of("subjectId", subject, "results", List.of(item(30001, "GOOD"))), "检查结果只能是"),
                new Case(Map.of("subjectId", subject, "results", List.of(item(30001, "QUALIFIED"), item(30001, "IGNORED"))), "检查项重复"),
                new Case(Map.of("subjectId", subject, "results", List.of(item(99999, "QUALIFIED"))), "检查项不存在"),
                new Case(Map.of("subjectId", subject, "results", List.of(Map.of("itemId", 30001, "result", "QUALIFIED",
                        "attachments", List.of(123456789L)))), "附件不存在"),
                new Case("{\"subjectId\": \"abc\"", "格式不正确"));
        for (Case c : cases) {
            Api.Answer a = api.post("/api/app/inspections", "inspector1", c.body());
            assertThat(a.status()).as(a.raw()).isEqualTo(400);
            assertThat(a.raw()).contains(c.message());
        }
        assertThat(inspections(subject)).isZero();
        Api.Answer text = api.upload("/api/files", "inspector1", "a.png", "image/png", "hello".getBytes());
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.message()).contains("只允许上传");
    }

    @Test
    void a3_concurrent_submissions_keep_every_record_and_a_consistent_due_date() throws Exception {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        api.token("inspector1");
        int n = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String result = i % 2 == 0 ? "QUALIFIED" : "UNQUALIFIED";
            Callable<Api.Answer> call = () -> {
                start.await();
                return api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject,
                        "results", List.of(item(30001, result), item(30008, result))));
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        for (Future<Api.Answer> f : answers) {
            Api.Answer a = f.get();
            assertThat(a.status()).as(a.raw()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(inspections(subject)).isEqualTo(n);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection_result WHERE subject_id = ?", Integer.class, subject)).isEqualTo(2 * n);
        for (long itemId : List.of(30001L, 30008L)) {
            List<Map<String, Object>> states = jdbc.queryForList("SELECT * FROM safety_subject_item_state WHERE subject_id = ? AND item_id = ?", subject, itemId);
            assertThat(states).hasSize(1);
            Map<String, Object> s = states.get(0);
            Map<String, Object> last = jdbc.queryForMap("SELECT i.checked_at, r.result FROM safety_inspection i JOIN safety_inspection_result r"
                    + " ON r.inspection_id = i.id AND r.item_id = ? WHERE i.id = ?", itemId, s.get("last_inspection_id"));
            assertThat(s.get("last_result")).isEqualTo(last.get("result"));
            assertThat(s.get("last_checked_at")).isEqualTo(last.get("checked_at"));
            Timestamp latest = jdbc.queryForObject("SELECT MAX(checked_at) FROM safety_inspection WHERE subject_id = ?", Timestamp.class, subject);
            assertThat(s.get("last_checked_at")).isEqualTo(latest);
            long cycle = itemId == 30001L ? 180 : 30;
            Timestamp checked = (Timestamp) s.get("last_checked_at");
            Timestamp expected = "QUALIFIED".equals(s.get("last_result"))
                    ? Timestamp.valueOf(checked.toLocalDateTime().plusDays(cycle)) : checked;
            assertThat(s.get("due_at")).isEqualTo(expected);
            assertThat(((Number) s.get("version")).intValue()).isBetween(1, n);
        }
    }
}
