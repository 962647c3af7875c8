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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.yuyang.server.safety.SamplingQrFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A4 sampling page: the batch history and detail carry names (subject, grid, inspector, items) and the unassigned
 * subjects with their reason; a caller limited to one grid sees only batches touching it and only its rows.
 */
class SamplingHistoryIT extends IntegrationTest {

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

    String sample(String user, Map<String, Object> body) {
        Api.Answer a = api.post("/api/safety/sampling", user, body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("batchId").asText();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    @DisplayName("A4 page: a batch's detail names subject, grid, inspector and items, and lists the unassigned with the reason")
    void a4_batch_detail_with_names_and_unassigned_reasons() {
        String batch = sample("admin", Map.of("subjectRatio", 1, "itemCount", 1,
                "industryIds", List.of(INDUSTRY_HELD, INDUSTRY_ORPHAN)));

        Api.Answer d = api.get("/api/safety/sampling/batches/" + batch, "admin");
        assertThat(d.status()).as(d.raw()).isEqualTo(200);
        JsonNode r = d.result();
        assertThat(r.path("batch").path("drawnCount").asInt()).isEqualTo(3);
        assertThat(r.path("batch").path("scope").asText()).contains("行业：抽检码测试行业甲、抽检码测试行业乙");
        assertThat(r.path("hiddenCount").asInt()).isZero();
        assertThat(r.path("tasks")).hasSize(2);
        for (JsonNode t : r.path("tasks")) {
            assertThat(t.path("itemNames").get(0).asText()).isEqualTo("安全生产责任制");
            assertThat(t.path("status").asText()).isEqualTo("PENDING");
            if (t.path("subjectId").asLong() == SUBJECT_101) {
                assertThat(t.path("subjectName").asText()).isEqualTo(NAME_PREFIX + "甲（鼓楼）");
                assertThat(t.path("gridName").asText()).isEqualTo("鼓楼街道网格");
                assertThat(t.path("inspectorName").asText()).isEqualTo("张网格");
            } else {
                assertThat(t.path("subjectId").asLong()).isEqualTo(SUBJECT_102);
                assertThat(t.path("gridName").asText()).isEqualTo("青山路街道网格");
                assertThat(t.path("inspectorName").asText()).isEqualTo("李网格");
            }
        }
        assertThat(r.path("unassigned")).hasSize(1);
        JsonNode u = r.path("unassigned").get(0);
        assertThat(u.path("subjectId").asLong()).isEqualTo(SUBJECT_102_ORPHAN);
        assertThat(u.path("subjectName").asText()).isEqualTo(NAME_PREFIX + "丙（青山路）");
        assertThat(u.path("gridName").asText()).isEqualTo("青山路街道网格");
        assertThat(u.path("reason").asText()).contains("检查项");

        Api.Answer list = api.get("/api/safety/sampling/batches?pageNo=1&pageSize=100", "admin");
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(texts(list.result().path("records"), "id")).contains(batch);
        assertThat(list.result().path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("A4 page, grid isolation: a grid-102 caller sees only batches touching 102, and only the 102 rows")
    void a4_history_is_limited_to_the_callers_grids() {
        String both = sample("admin", Map.of("subjectRatio", 1, "itemCount", 1,
                "industryIds", List.of(INDUSTRY_HELD, INDUSTRY_ORPHAN)));
        String only101 = sample("admin", Map.of("subjectRatio", 1, "itemCount", 1,
                "industryIds", List.of(INDUSTRY_HELD), "gridIds", List.of(101)));

        Api.Answer d = api.get("/api/safety/sampling/batches/" + both, USERNAME_GRID102);
        assertThat(d.status()).as(d.raw()).isEqualTo(200);
        assertThat(texts(d.result().path("tasks"), "subjectId")).containsExactly(String.valueOf(SUBJECT_102));
        assertThat(texts(d.result().path("unassigned"), "subjectId")).containsExactly(String.valueOf(SUBJECT_102_ORPHAN));
        assertThat(d.result().path("hiddenCount").asInt()).isEqualTo(1);

        Api.Answer other = api.get("/api/safety/sampling/batches/" + only101, USERNAME_GRID102);
        assertThat(other.status()).as(other.raw()).isEqualTo(404);
        assertThat(other.message()).contains("无权查看");

        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 20; page++) {
            JsonNode p = api.get("/api/safety/sampling/batches?pageSize=100&pageNo=" + page, USERNAME_GRID102).result();
            listed.addAll(texts(p.path("records"), "id"));
            if (p.path("records").size() < 100) {
                break;
            }
        }
        assertThat(listed).contains(both).doesNotContain(only101);

        // the scope choices: grid 102 only, the test industries offered
        JsonNode options = api.get("/api/safety/sampling/options", USERNAME_GRID102).result();
        assertThat(texts(options.path("grids"), "id")).containsExactly("102");
        assertThat(texts(options.path("industries"), "id")).contains(String.valueOf(INDUSTRY_HELD));
    }

    @Test
    @DisplayName("A4 page: without safety:sampling:list the history is refused; bad paging is a Chinese 400")
    void a4_history_needs_the_permission_and_valid_paging() {
        assertThat(api.get("/api/safety/sampling/batches", "inspector1").status()).isEqualTo(403);
        assertThat(api.get("/api/safety/sampling/batches/1", "inspector1").status()).isEqualTo(403);
        Api.Answer bad = api.get("/api/safety/sampling/batches?pageNo=0", "admin");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("分页");
        assertThat(api.get("/api/safety/sampling/batches/123456789", "admin").status()).isEqualTo(404);
    }
}
