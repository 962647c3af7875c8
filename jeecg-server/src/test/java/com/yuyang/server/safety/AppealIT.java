package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A8/A10 appeals: the enterprise bound to a subject reads its inspection records and appeals one (content and its
 * own files); one open appeal per record; an inspector of another grid cannot see or answer it; the grid's
 * inspector answers, the enterprise receives APPEAL_ANSWERED, and a new appeal may follow — the trail keeps both.
 */
class AppealIT extends IntegrationTest {

    static final long ACCOUNT = 97001;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String enterprise;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        enterprise = "ent" + ACCOUNT;
    }

    long appeals(long inspection) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_appeal WHERE inspection_id = ?", Long.class, inspection);
    }

    @Test
    @DisplayName("A8/A10 appeal: submitted by the bound enterprise, answered by the grid's inspector, APPEAL_ANSWERED sent, trail kept")
    void a8_a10_appeal_answered_with_message_and_trail() {
        long subject = MeasureFixtures.boundSubject(api, jdbc, ACCOUNT);
        long inspection = MeasureFixtures.inspect(api, subject, 30008);

        // the enterprise sees its own records (and only those)
        Api.Answer mine = api.get("/api/app/inspections/mine", enterprise);
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        assertThat(mine.result().findValuesAsText("id")).containsExactly(String.valueOf(inspection));
        assertThat(api.get("/api/app/inspections/mine", "inspector1").status()).isEqualTo(403);

        Api.Answer up = api.upload("/api/files", enterprise, "proof.png", "image/png", MeasureFixtures.png());
        assertThat(up.status()).as(up.raw()).isEqualTo(200);
        long file = up.result().path("id").asLong();
        Api.Answer otherFile = api.upload("/api/files", "inspector1", "x.png", "image/png", MeasureFixtures.png());

        // bad input: nothing stored
        assertThat(api.post("/api/app/appeals", enterprise, Map.of("inspectionId", inspection, "content", " ")).status()).isEqualTo(400);
        Api.Answer foreignFile = api.post("/api/app/appeals", enterprise, Map.of("inspectionId", inspection, "content", "申诉",
                "files", List.of(otherFile.result().path("id").asLong())));
        assertThat(foreignFile.status()).isEqualTo(400);
        assertThat(foreignFile.message()).contains("附件");
        Api.Answer othersRecord = api.post("/api/app/appeals", enterprise, Map.of("inspectionId", 3793003, "content", "申诉"));
        assertThat(othersRecord.status()).as("another subject's record does not exist for this enterprise").isEqualTo(404);
        assertThat(api.post("/api/app/appeals", "inspector1", Map.of("inspectionId", inspection, "content", "申诉")).status())
                .as("only enterprises appeal").isEqualTo(403);
        assertThat(appeals(inspection)).isZero();

        Api.Answer appeal = api.post("/api/app/appeals", enterprise, Map.of("inspectionId", inspection,
                "content", "台账已于检查前一日更新，见附件", "files", List.of(file)));
        assertThat(appeal.status()).as(appeal.raw()).isEqualTo(200);
        long id = appeal.result().path("id").asLong();
        assertThat(appeal.result().path("status").asText()).isEqualTo("OPEN");
        assertThat(appeal.result().path("files").get(0).asText()).isEqualTo(String.valueOf(file));

        Api.Answer second = api.post("/api/app/appeals", enterprise, Map.of("inspectionId", inspection, "content", "再次申诉"));
        assertThat(second.status()).as("one open appeal per record").isEqualTo(409);
        assertThat(second.message()).contains("待答复");
        assertThat(appeals(inspection)).isEqualTo(1);

        // grid isolation: inspector2 (grid 102) neither sees nor answers it
        assertThat(api.get("/api/app/appeals?status=OPEN", "inspector2").result().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(api.get("/api/app/appeals/" + id, "inspector2").status()).isEqualTo(404);
        assertThat(api.post("/api/app/appeals/" + id + "/answer", "inspector2", Map.of("content", "答复")).status()).isEqualTo(404);
        assertThat(api.post("/api/app/appeals/" + id + "/answer", enterprise, Map.of("content", "答复")).status()).isEqualTo(403);
        assertThat(api.post("/api/app/appeals/" + id + "/answer", "inspector1", Map.of("content", "")).status()).isEqualTo(400);
        assertThat(api.get("/api/app/appeals?status=WHATEVER", "inspector1").status()).isEqualTo(400);
        assertThat(api.get("/api/app/appeals?status=OPEN", "inspector1").result().findValuesAsText("id")).contains(String.valueOf(id));

        Api.Answer answered = api.post("/api/app/appeals/" + id + "/answer", "inspector1",
                Map.of("content", "经核实台账更新属实，该项复查时改判"));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.result().path("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.result().path("answeredBy").asLong()).isEqualTo(2);
        assertThat(api.post("/api/app/appeals/" + id + "/answer", "inspector1", Map.of("content", "再答复")).status()).isEqualTo(409);

        // the enterprise is told through the message centre
        List<String> categories = jdbc.queryForList("SELECT m.category FROM msg_message m JOIN msg_recipient r ON r.message_id = m.id"
                + " WHERE r.user_id = ? AND m.biz_type = 'safety_appeal' AND m.biz_id = ?", String.class, ACCOUNT, String.valueOf(id));
        assertThat(categories).containsExactly("APPEAL_ANSWERED");
        assertThat(api.get("/api/msg/my?category=APPEAL_ANSWERED", enterprise).raw()).contains("您的申诉已答复");

        // answered: a new appeal may follow, and the record keeps the whole trail
        Api.Answer again = api.post("/api/app/appeals", enterprise, Map.of("inspectionId", inspection, "content", "对答复仍有异议"));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        JsonNode trail = api.get("/api/app/appeals/" + again.result().path("id").asLong(), enterprise).result().path("trail");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).path("status").asText()).isEqualTo("ANSWERED");
        assertThat(trail.get(0).path("answer").asText()).contains("属实");
        assertThat(trail.get(1).path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("A8 appeal: concurrent appeals on one record → exactly one open appeal, the others 409")
    void a8_concurrent_appeals_on_one_record_leave_one() {
        long account = ACCOUNT + 1;
        long subject = MeasureFixtures.boundSubject(api, jdbc, account);
        long inspection = MeasureFixtures.inspect(api, subject, 30014);
        String token = api.token("ent" + account);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Api.Answer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.call("POST", "/api/app/appeals", token, Map.of("inspectionId", inspection, "content", "同时申诉"));
            }));
        }
        go.countDown();
        List<Integer> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join).map(Api.Answer::status).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(appeals(inspection)).isEqualTo(1);
    }
}
