package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A7/A9 statistics respect grid isolation: inspector2 (grid 102) only ever gets figures of grid 102 — the same
 * figures an administrator gets when filtering by grid 102 — and is refused grid 101 outright.
 */
class StatsIsolationIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void inspectionsInBothGrids() {
        api = new Api(port);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection WHERE id = 39801", Integer.class) > 0) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().minusMinutes(5));
        // inspector1, grid 101, a random check: 1 qualified + 1 unqualified
        inspection(39801, 101, 31001, 2, "SAMPLING", now, 1, 1);
        result(3980101, 101, 39801, 31001, 30001, "QUALIFIED");
        result(3980102, 101, 39801, 31001, 30014, "UNQUALIFIED");
        // inspector2, grid 102, a daily check: 1 qualified + 2 unqualified
        inspection(39802, 102, 31011, 3, "DAILY", now, 1, 2);
        result(3980201, 102, 39802, 31011, 30001, "QUALIFIED");
        result(3980202, 102, 39802, 31011, 30008, "UNQUALIFIED");
        result(3980203, 102, 39802, 31011, 30010, "UNQUALIFIED");
    }

    void inspection(long id, long grid, long subject, long inspector, String type, Timestamp at, int q, int u) {
        jdbc.update("INSERT INTO safety_inspection (id, tenant_id, grid_id, subject_id, inspector_id, check_type, checked_at,"
                + " qualified_count, unqualified_count, ignored_count, create_time) VALUES (?,1,?,?,?,?,?,?,?,0,?)",
                id, grid, subject, inspector, type, at, q, u, at);
    }

    void result(long id, long grid, long inspection, long subject, long item, String result) {
        jdbc.update("INSERT INTO safety_inspection_result (id, tenant_id, grid_id, inspection_id, subject_id, item_id, result,"
                + " create_time) VALUES (?,1,?,?,?,?,?,CURRENT_TIMESTAMP)", id, grid, inspection, subject, item, result);
    }

    JsonNode ok(String path, String user) {
        Api.Answer a = api.get(path, user);
        assertThat(a.status()).as(path + " " + a.raw()).isEqualTo(200);
        return a.result();
    }

    @Test
    void a7_subjects_by_industry_of_an_inspector_are_exactly_those_of_their_grid() {
        Map<Long, Long> expected = new HashMap<>();
        jdbc.query("SELECT industry_id, COUNT(*) FROM safety_subject WHERE grid_id = 102 AND del_flag = 0 GROUP BY industry_id",
                rs -> {
                    expected.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Long> got = new HashMap<>();
        ok("/api/safety/stats/subjects-by-industry", "inspector2")
                .forEach(r -> got.put(r.path("industryId").asLong(), r.path("subjects").asLong()));
        assertThat(got).isEqualTo(expected);
        // 道路客运 and 机动车维修 exist only in grid 101
        assertThat(got).doesNotContainKeys(30102L, 30104L);
        assertThat(ok("/api/safety/stats/subjects-by-industry?gridId=102", "admin").toString())
                .isEqualTo(ok("/api/safety/stats/subjects-by-industry", "inspector2").toString());
        // grid 101 covers its sub-grid 1011 for inspector1
        long inspector1Total = 0;
        for (JsonNode r : ok("/api/safety/stats/subjects-by-industry", "inspector1")) {
            inspector1Total += r.path("subjects").asLong();
        }
        assertThat(inspector1Total).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM safety_subject WHERE grid_id IN (101, 1011) AND del_flag = 0", Long.class));
    }

    @Test
    void a9_inspector2_never_sees_grid_101_figures_on_any_statistic() {
        for (String path : new String[]{"subjects-by-industry", "unqualified-by-industry", "workload", "sampling-pass-rate",
                "item-pass-rate", "item-pass-rate?byIndustry=true", "assessment?period=YEAR"}) {
            String sep = path.contains("?") ? "&" : "?";
            Api.Answer refused = api.get("/api/safety/stats/" + path + sep + "gridId=101", "inspector2");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(ok("/api/safety/stats/" + path, "inspector2").toString()).as(path)
                    .isEqualTo(ok("/api/safety/stats/" + path + sep + "gridId=102", "admin").toString());
        }
        Set<Long> inspectors = new HashSet<>();
        ok("/api/safety/stats/workload", "inspector2").forEach(r -> inspectors.add(r.path("inspectorId").asLong()));
        assertThat(inspectors).contains(3L).doesNotContain(2L);
        Set<Long> all = new HashSet<>();
        ok("/api/safety/stats/workload", "admin").forEach(r -> all.add(r.path("inspectorId").asLong()));
        assertThat(all).contains(2L, 3L);
    }

    @Test
    void a7_pass_rates_and_unqualified_items_follow_the_results() {
        JsonNode sampling = ok("/api/safety/stats/sampling-pass-rate?gridId=101", "admin");
        assertThat(sampling.path("qualified").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(sampling.path("unqualified").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(sampling.path("passRate").asDouble()).isBetween(0.0, 1.0);
        // the daily check of grid 102 is not a random check
        JsonNode sampling102 = ok("/api/safety/stats/sampling-pass-rate", "inspector2");
        long q = jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection_result r JOIN safety_inspection h ON h.id = r.inspection_id"
                + " WHERE h.check_type = 'SAMPLING' AND r.grid_id = 102 AND r.result = 'QUALIFIED'", Long.class);
        assertThat(sampling102.path("qualified").asLong()).isEqualTo(q);

        boolean found = false;
        for (JsonNode r : ok("/api/safety/stats/unqualified-by-industry", "inspector2")) {
            if (r.path("itemId").asLong() == 30008 && r.path("industryId").asLong() == 30101) {
                found = r.path("unqualified").asLong() >= 1;
            }
            assertThat(r.path("itemId").asLong()).isNotEqualTo(30014L);
        }
        assertThat(found).isTrue();
        for (JsonNode r : ok("/api/safety/stats/item-pass-rate?byIndustry=true", "inspector2")) {
            assertThat(r.has("industryId")).isTrue();
            long qualified = r.path("qualified").asLong();
            long unqualified = r.path("unqualified").asLong();
            if (qualified + unqualified > 0) {
                assertThat(r.path("passRate").asDouble()).isCloseTo((double) qualified / (qualified + unqualified),
                        org.assertj.core.data.Offset.offset(0.0001));
            }
        }
    }

    @Test
    void a9_assessment_figures_per_period_and_unit_filter() {
        JsonNode year = ok("/api/safety/stats/assessment?period=YEAR", "inspector2");
        long inspections = jdbc.queryForObject("SELECT COUNT(*) FROM safety_inspection WHERE grid_id = 102 AND del_flag = 0"
                + " AND checked_at >= ?", Long.class, Timestamp.valueOf(LocalDateTime.now().withDayOfYear(1).toLocalDate().atStartOfDay()));
        assertThat(year.path("inspections").asLong()).isEqualTo(inspections);
        assertThat(year.path("subjects").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM safety_subject WHERE grid_id = 102 AND del_flag = 0", Long.class));
        assertThat(ok("/api/safety/stats/assessment?period=QUARTER", "inspector2").path("from").asText()).endsWith("-01");
        assertThat(ok("/api/safety/stats/assessment?period=MONTH", "admin").path("perInspector").isArray()).isTrue();
        // the enforcement brigade supervises no subjects
        assertThat(ok("/api/safety/stats/subjects-by-industry?deptId=11", "admin")).isEmpty();
        assertThat(api.get("/api/safety/stats/assessment?period=WEEK", "admin").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/stats/workload?from=2026-02-30", "admin").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/stats/workload?from=2026-05-01&to=2026-04-01", "admin").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/stats/workload", "enterprise1").status()).isEqualTo(403);
    }
}
