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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.yuyang.server.safety.SamplingQrFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A2/A10 QR print page: the subject search with the code's state, a printed sheet logged per subject (who, how
 * many copies) all or nothing, the print log across subjects — each limited to the caller's grids.
 */
class QrSheetIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        SamplingQrFixtures.ensure(jdbc);
    }

    static String kw() {
        return URLEncoder.encode(NAME_PREFIX, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode records, String field) {
        List<String> out = new ArrayList<>();
        records.forEach(r -> out.add(r.path(field).asText()));
        return out;
    }

    int printLogs(long subject, String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_qr_print_log WHERE subject_id = ? AND username = ? AND action = 'PRINT'",
                Integer.class, subject, username);
    }

    int printCount(long subject) {
        Integer n = jdbc.queryForObject("SELECT COALESCE(MAX(print_count), 0) FROM safety_subject_qrcode WHERE subject_id = ?",
                Integer.class, subject);
        return n == null ? 0 : n;
    }

    @Test
    @DisplayName("A2 page: the subject search is limited to the caller's grids and shows grid, industry and the code's state")
    void a2_subject_search_within_the_callers_grids() {
        Api.Answer mine = api.get("/api/safety/qrcode/subjects?pageSize=100&keyword=" + kw(), USERNAME_GRID102);
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        assertThat(ids(mine.result().path("records"), "id"))
                .containsExactlyInAnyOrder(String.valueOf(SUBJECT_102), String.valueOf(SUBJECT_102_ORPHAN));
        JsonNode first = mine.result().path("records").get(0);
        assertThat(first.path("gridName").asText()).isEqualTo("青山路街道网格");
        assertThat(first.path("industryName").asText()).startsWith("抽检码测试行业");
        assertThat(first.path("qrStatus").asText()).isIn("BOUND", "UNBOUND");

        Api.Answer all = api.get("/api/safety/qrcode/subjects?pageSize=100&keyword=" + kw(), "admin");
        assertThat(ids(all.result().path("records"), "id")).contains(String.valueOf(SUBJECT_101));
        Api.Answer byGrid = api.get("/api/safety/qrcode/subjects?gridId=101&industryId=" + INDUSTRY_HELD + "&keyword=" + kw(), "admin");
        assertThat(ids(byGrid.result().path("records"), "id")).containsExactly(String.valueOf(SUBJECT_101));

        assertThat(api.get("/api/safety/qrcode/subjects?gridId=101", USERNAME_GRID102).status()).isEqualTo(403);
        Api.Answer bad = api.get("/api/safety/qrcode/subjects?status=GONE", USERNAME_GRID102);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("主体状态");
        assertThat(api.get("/api/safety/qrcode/subjects", "enforcer1").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A10 page: a printed sheet is logged per subject with who and how many; a subject of another grid refuses all")
    void a10_sheet_print_is_logged_all_or_nothing() {
        int before = printLogs(SUBJECT_102, USERNAME_GRID102);
        int countBefore = printCount(SUBJECT_102);
        Api.Answer ok = api.post("/api/safety/qrcode/print", USERNAME_GRID102,
                Map.of("subjectIds", List.of(SUBJECT_102, SUBJECT_102_ORPHAN, SUBJECT_102), "copies", 2));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.result().path("subjects").asInt()).isEqualTo(2);
        assertThat(printLogs(SUBJECT_102, USERNAME_GRID102)).isEqualTo(before + 1);
        assertThat(printCount(SUBJECT_102)).isEqualTo(countBefore + 2);
        assertThat(jdbc.queryForObject("SELECT copies FROM safety_qr_print_log WHERE subject_id = ? AND username = ?"
                + " ORDER BY create_time DESC, id DESC LIMIT 1", Integer.class, SUBJECT_102, USERNAME_GRID102)).isEqualTo(2);

        // one subject outside the caller's grids: 404, and the visible one is not logged either
        Api.Answer mixed = api.post("/api/safety/qrcode/print", USERNAME_GRID102,
                Map.of("subjectIds", List.of(SUBJECT_102, SUBJECT_101), "copies", 1));
        assertThat(mixed.status()).isEqualTo(404);
        assertThat(printLogs(SUBJECT_102, USERNAME_GRID102)).isEqualTo(before + 1);
        assertThat(printCount(SUBJECT_102)).isEqualTo(countBefore + 2);

        Api.Answer zero = api.post("/api/safety/qrcode/print", USERNAME_GRID102, Map.of("subjectIds", List.of(SUBJECT_102), "copies", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.message()).contains("份数");
        Api.Answer none = api.post("/api/safety/qrcode/print", USERNAME_GRID102, Map.of("subjectIds", List.of(), "copies", 1));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.message()).contains("请选择");
        assertThat(printLogs(SUBJECT_102, USERNAME_GRID102)).isEqualTo(before + 1);
        // viewing only (inspector1 holds safety:qrcode:view, not print)
        assertThat(api.post("/api/safety/qrcode/print", "inspector1", Map.of("subjectIds", List.of(SUBJECT_101), "copies", 1)).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("A10 page: the print log across subjects shows who printed how many, only for the caller's grids")
    void a10_print_log_within_the_callers_grids() {
        assertThat(api.post("/api/safety/qrcode/print", "admin", Map.of("subjectIds", List.of(SUBJECT_101), "copies", 3)).status())
                .isEqualTo(200);
        assertThat(api.post("/api/safety/qrcode/print", USERNAME_GRID102, Map.of("subjectIds", List.of(SUBJECT_102), "copies", 1)).status())
                .isEqualTo(200);

        JsonNode adminLog = api.get("/api/safety/qrcode/print-log?action=PRINT&subjectId=" + SUBJECT_101, "admin").result();
        JsonNode latest = adminLog.path("records").get(0);
        assertThat(latest.path("subjectName").asText()).isEqualTo(NAME_PREFIX + "甲（鼓楼）");
        assertThat(latest.path("username").asText()).isEqualTo("admin");
        assertThat(latest.path("copies").asInt()).isEqualTo(3);
        assertThat(latest.path("time").asText()).isNotBlank();

        List<String> seen = new ArrayList<>();
        JsonNode mine = api.get("/api/safety/qrcode/print-log?pageSize=100", USERNAME_GRID102).result();
        mine.path("records").forEach(r -> seen.add(r.path("subjectId").asText()));
        assertThat(seen).contains(String.valueOf(SUBJECT_102)).doesNotContain(String.valueOf(SUBJECT_101));
        assertThat(api.get("/api/safety/qrcode/print-log?subjectId=" + SUBJECT_101, USERNAME_GRID102).result().path("total").asLong())
                .isZero();
        assertThat(api.get("/api/safety/qrcode/print-log?action=COPY", "admin").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/qrcode/print-log", "inspector1").status()).isEqualTo(403);
    }
}
