package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A4 random sampling dispatch over HTTP on the demo data: every subject goes to an inspector of its own grid
 * and unit holding the drawn items, never twice in a batch; subjects nobody can take are reported with a
 * reason; bad ratios and counts are refused with nothing written. (Uniformity: SamplingPlannerTest.)
 */
class SamplingDispatchIT extends IntegrationTest {

    static final long INSPECTOR1 = 2;
    static final long INSPECTOR2 = 3;
    /** A test industry whose only item (事故报告及处理) no demo inspector holds. */
    static final long ORPHAN_INDUSTRY = 39901;
    static final long ORPHAN_SUBJECT = 39911;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM safety_industry WHERE id = ?", Integer.class, ORPHAN_INDUSTRY) == 0) {
            jdbc.update("INSERT INTO safety_industry (id, name, code, status, tenant_id) VALUES (?, '测试行业-无人持项', 'IT_ORPHAN', 'ACTIVE', 1)",
                    ORPHAN_INDUSTRY);
            jdbc.update("INSERT INTO safety_industry_item (id, industry_id, item_id, kind) VALUES (3990101, ?, 30011, 'SUPERVISION')",
                    ORPHAN_INDUSTRY);
            jdbc.update("INSERT INTO safety_subject (id, name, dept_id, industry_id, status, tenant_id, grid_id)"
                    + " VALUES (?, '测试无人可派主体', 10, ?, 'NORMAL', 1, 102)", ORPHAN_SUBJECT, ORPHAN_INDUSTRY);
        }
    }

    Map<Long, Long> gridOfSubject() {
        Map<Long, Long> out = new java.util.HashMap<>();
        jdbc.query("SELECT id, grid_id FROM safety_subject WHERE del_flag = 0", rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    @Test
    void a4_every_task_goes_to_an_inspector_of_the_subject_grid_holding_all_drawn_items_never_twice() {
        Map<Long, Long> grids = gridOfSubject();
        for (int round = 0; round < 15; round++) {
            Api.Answer a = api.post("/api/safety/sampling", "admin", Map.of("subjectRatio", 1, "itemCount", 2,
                    "industryIds", List.of(30101, 30102, 30103, 30105)));
            assertThat(a.status()).as(a.raw()).isEqualTo(200);
            JsonNode result = a.result();
            assertThat(result.path("batchId").asLong()).isPositive();
            Set<Long> seen = new HashSet<>();
            for (JsonNode t : result.path("tasks")) {
                long subject = t.path("subjectId").asLong();
                long inspector = t.path("inspectorId").asLong();
                assertThat(seen.add(subject)).as("subject twice in a batch").isTrue();
                long grid = grids.get(subject);
                if (grid == 102) {
                    assertThat(inspector).as("grid 102 subject given to inspector1").isEqualTo(INSPECTOR2);
                } else {
                    assertThat(inspector).as("grid 101/1011 subject").isEqualTo(INSPECTOR1);
                }
                assertThat(t.path("itemIds")).hasSize(2);
                Set<Long> held = new HashSet<>(jdbc.queryForList("SELECT item_id FROM safety_inspector_item WHERE user_id = ?",
                        Long.class, inspector));
                for (JsonNode item : t.path("itemIds")) {
                    assertThat(held).contains(item.asLong());
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_industry_item ii JOIN safety_subject s"
                            + " ON s.industry_id = ii.industry_id WHERE s.id = ? AND ii.item_id = ? AND ii.kind = 'SUPERVISION'",
                            Integer.class, subject, item.asLong())).as("item applies to the subject's industry").isEqualTo(1);
                }
            }
            for (JsonNode u : result.path("unassigned")) {
                assertThat(seen.add(u.path("subjectId").asLong())).isTrue();
                assertThat(u.path("reason").asText()).isNotBlank();
            }
            assertThat(seen).hasSize(result.path("drawnCount").asInt());
            Integer persisted = jdbc.queryForObject("SELECT COUNT(*) FROM safety_sampling_task WHERE batch_id = ?",
                    Integer.class, result.path("batchId").asLong());
            assertThat(persisted).isEqualTo(result.path("tasks").size());
        }
    }

    @Test
    void a4_a_subject_without_an_eligible_inspector_is_reported_not_dropped() {
        Api.Answer a = api.post("/api/safety/sampling", "admin", Map.of("subjectCount", 5, "itemCount", 1,
                "industryIds", List.of(ORPHAN_INDUSTRY)));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        assertThat(a.result().path("tasks")).isEmpty();
        assertThat(a.result().path("unassigned")).hasSize(1);
        assertThat(a.result().path("unassigned").get(0).path("subjectId").asLong()).isEqualTo(ORPHAN_SUBJECT);
        assertThat(a.result().path("unassigned").get(0).path("reason").asText()).contains("检查项");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_sampling_unassigned WHERE batch_id = ? AND subject_id = ?",
                Integer.class, a.result().path("batchId").asLong(), ORPHAN_SUBJECT)).isEqualTo(1);
    }

    @Test
    void a4_the_minimal_contract_request_works_for_the_department_leader_within_its_grids() {
        Api.Answer a = api.post("/api/safety/sampling", "leader1", Map.of("subjectRatio", 0.05, "itemCount", 2));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        assertThat(a.result().path("drawnCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(a.result().path("tasks").size() + a.result().path("unassigned").size())
                .isEqualTo(a.result().path("drawnCount").asInt());
    }

    @Test
    void a4_inspectors_see_their_own_sampling_tasks_in_the_app() {
        Api.Answer a = api.post("/api/safety/sampling", "admin", Map.of("subjectRatio", 1, "itemCount", 1,
                "gridIds", List.of(102)));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        Set<Long> dispatched = new HashSet<>();
        a.result().path("tasks").forEach(t -> dispatched.add(t.path("taskId").asLong()));
        assertThat(dispatched).isNotEmpty();
        Api.Answer mine = api.get("/api/app/sampling-tasks?status=PENDING", "inspector2");
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        Set<Long> listed = new HashSet<>();
        mine.result().forEach(t -> {
            listed.add(t.path("id").asLong());
            assertThat(t.path("gridId").asLong()).isEqualTo(102);
        });
        assertThat(listed).containsAll(dispatched);
        Api.Answer other = api.get("/api/app/sampling-tasks", "inspector1");
        other.result().forEach(t -> assertThat(dispatched).doesNotContain(t.path("id").asLong()));

        // the random check is carried out in the app: an inspection referencing the task marks it done
        JsonNode task = a.result().path("tasks").get(0);
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        task.path("itemIds").forEach(i -> results.add(Map.of("itemId", i.asLong(), "result", "QUALIFIED")));
        Api.Answer inspection = api.post("/api/app/inspections", "inspector2", Map.of("subjectId", task.path("subjectId").asLong(),
                "checkType", "SAMPLING", "sourceId", task.path("taskId").asLong(), "results", results));
        assertThat(inspection.status()).as(inspection.raw()).isEqualTo(200);
        Set<Long> done = new HashSet<>();
        api.get("/api/app/sampling-tasks?status=DONE", "inspector2").result().forEach(t -> done.add(t.path("id").asLong()));
        assertThat(done).contains(task.path("taskId").asLong());
        Set<Long> pending = new HashSet<>();
        api.get("/api/app/sampling-tasks?status=PENDING", "inspector2").result().forEach(t -> pending.add(t.path("id").asLong()));
        assertThat(pending).doesNotContain(task.path("taskId").asLong());
        assertThat(api.get("/api/app/sampling-tasks?status=LATER", "inspector2").status()).isEqualTo(400);
    }

    @Test
    void a4_bad_ratios_and_counts_are_refused_with_400_and_nothing_written() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM safety_sampling_batch", Integer.class);
        List<Map<String, Object>> bad = List.of(
                Map.of("subjectRatio", 0, "itemCount", 2),
                Map.of("subjectRatio", -0.1, "itemCount", 2),
                Map.of("subjectRatio", 1.5, "itemCount", 2),
                Map.of("subjectCount", 0, "itemCount", 2),
                Map.of("subjectRatio", 0.5, "subjectCount", 3, "itemCount", 2),
                Map.of("itemCount", 2),
                Map.of("subjectRatio", 0.5),
                Map.of("subjectRatio", 0.5, "itemCount", 0));
        for (Map<String, Object> body : bad) {
            Api.Answer a = api.post("/api/safety/sampling", "admin", body);
            assertThat(a.status()).as(body + " → " + a.raw()).isEqualTo(400);
            assertThat(a.body().path("success").asBoolean()).isFalse();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_sampling_batch", Integer.class)).isEqualTo(before);
    }

    @Test
    void a4_only_holders_of_the_permission_dispatch_and_only_within_their_grids() {
        assertThat(api.post("/api/safety/sampling", "inspector1", Map.of("subjectRatio", 0.5, "itemCount", 1)).status())
                .isEqualTo(403);
        assertThat(api.call("POST", "/api/safety/sampling", null, Map.of("subjectRatio", 0.5, "itemCount", 1)).status())
                .isEqualTo(401);
        // leader1 leads 运输管理所: grid 201 belongs to the enforcement brigade
        assertThat(api.post("/api/safety/sampling", "leader1", Map.of("subjectRatio", 0.5, "itemCount", 1,
                "gridIds", List.of(201))).status()).isEqualTo(403);
    }
}
