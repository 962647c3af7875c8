package com.yuyang.server.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics carry names (grid names through the platform's OrgDirectory, grid members, items and industries) and the
 * names change nothing about grid isolation. Fixtures (ids 83000–83999): grid 83001 with its sub-grid 83002 and a
 * deleted grid 83003; an enforcer and an inspector of grid 83001; one case in each grid; one inspection in 83001.
 */
class StatsNamesIT extends IntegrationTest {

    static final long GRID = 83001;
    static final long SUB_GRID = 83002;
    static final long DELETED_GRID = 83003;
    static final long ENFORCER = 83010;
    static final long INSPECTOR = 83011;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void fixtures() {
        api = new Api(port);
        synchronized (StatsNamesIT.class) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_grid WHERE id = ?", Integer.class, GRID) > 0) {
                return;
            }
            jdbc.update("INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no, sort_no, del_flag)"
                    + " VALUES (?, 1, 0, '/83001/', 11, '统计一网格', 'IT-83001', 1, 90, 0)", GRID);
            jdbc.update("INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no, sort_no, del_flag)"
                    + " VALUES (?, 1, ?, '/83001/83002/', 11, '统计一网格子网格', 'IT-83002', 2, 1, 0)", SUB_GRID, GRID);
            jdbc.update("INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no, sort_no, del_flag)"
                    + " VALUES (?, 1, 0, '/83003/', 11, '已撤销网格', 'IT-83003', 1, 91, 1)", DELETED_GRID);
            user(ENFORCER, "stats_enf", "统计执法员", 4);
            user(INSPECTOR, "stats_insp", "统计网格员", 3);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now().minusMinutes(5));
            enforcementCase(83101, GRID, now);
            enforcementCase(83102, SUB_GRID, now);
            enforcementCase(83103, DELETED_GRID, now);
            // one inspection of the inspector in grid 83001 (demo subject 31001): 1 qualified, 1 unqualified
            jdbc.update("INSERT INTO safety_inspection (id, tenant_id, grid_id, subject_id, inspector_id, check_type, checked_at,"
                    + " qualified_count, unqualified_count, ignored_count, create_time) VALUES (83201, 1, ?, 31001, ?, 'DAILY', ?, 1, 1, 0, ?)",
                    GRID, INSPECTOR, now, now);
            result(8320101, 30001, "QUALIFIED");
            result(8320102, 30014, "UNQUALIFIED");
        }
    }

    void user(long id, String username, String name, long role) {
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " SELECT ?, 1, ?, password_hash, ?, 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4", id, username, name);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", id, role);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, ?)", id, GRID);
    }

    void enforcementCase(long id, long grid, Timestamp at) {
        jdbc.update("INSERT INTO enforcement_case (id, tenant_id, case_no, public_code, category_id, route_id, grid_id, source,"
                + " content, status, current_seq, current_stage, create_time) VALUES (?, 1, ?, ?, 400101, 400201, ?, 'STAFF',"
                + " '统计用案件', 'OPEN', 1, 'INTAKE', ?)", id, "IT" + id, "itstats" + id, grid, at);
    }

    void result(long id, long item, String result) {
        jdbc.update("INSERT INTO safety_inspection_result (id, tenant_id, grid_id, inspection_id, subject_id, item_id, result,"
                + " create_time) VALUES (?, 1, ?, 83201, 31001, ?, ?, CURRENT_TIMESTAMP)", id, GRID, item, result);
    }

    JsonNode ok(String path, String user) {
        Api.Answer a = api.get(path, user);
        assertThat(a.status()).as(path + " " + a.raw()).isEqualTo(200);
        return a.result();
    }

    static Map<String, String> gridNames(JsonNode rows) {
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put(r.path("gridId").asText(), r.path("gridName").isNull() ? null : r.path("gridName").asText()));
        return out;
    }

    @Test
    @DisplayName("B17: every by-grid row carries its grid's name, a deleted grid's figures keep theirs")
    void by_grid_rows_carry_grid_names() {
        Map<String, String> names = gridNames(ok("/api/enforcement/stats/by-grid", "admin"));
        assertThat(names).containsEntry("83001", "统计一网格").containsEntry("83002", "统计一网格子网格")
                .containsEntry("83003", "已撤销网格");
        names.forEach((id, name) -> assertThat(name).as("grid " + id).isEqualTo(
                jdbc.queryForObject("SELECT name FROM sys_grid WHERE id = ?", String.class, Long.valueOf(id))));
        JsonNode first = ok("/api/enforcement/stats/by-grid?gridId=83001", "admin").get(0);
        assertThat(first.path("gridId").asText()).isEqualTo("83001");
        assertThat(first.path("cases").asLong()).isEqualTo(1);
        assertThat(first.path("completionRate").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("B17/A9: names change nothing about isolation — an enforcer of 83001 sees 83001 and its sub-grid only")
    void by_grid_names_keep_grid_isolation() {
        Map<String, String> mine = gridNames(ok("/api/enforcement/stats/by-grid", "stats_enf"));
        assertThat(mine).isEqualTo(Map.of("83001", "统计一网格", "83002", "统计一网格子网格"));
        assertThat(gridNames(ok("/api/enforcement/stats/by-grid?gridId=83002", "stats_enf")))
                .isEqualTo(Map.of("83002", "统计一网格子网格"));
        assertThat(api.get("/api/enforcement/stats/by-grid?gridId=201", "stats_enf").status()).isEqualTo(403);
        assertThat(api.get("/api/enforcement/stats/by-grid?gridId=83003", "stats_enf").status()).isEqualTo(403);
        assertThat(gridNames(ok("/api/enforcement/stats/by-grid", "enforcer1"))).doesNotContainKeys("83001", "83002", "83003");
    }

    @Test
    @DisplayName("A7: workload rows name the grid member; item and industry figures name the item and the industry")
    void safety_figures_carry_names() {
        JsonNode workload = ok("/api/safety/stats/workload?gridId=83001", "admin");
        assertThat(workload).hasSize(1);
        assertThat(workload.get(0).path("inspectorId").asLong()).isEqualTo(INSPECTOR);
        assertThat(workload.get(0).path("inspectorName").asText()).isEqualTo("统计网格员");
        assertThat(workload.get(0).path("inspections").asLong()).isEqualTo(1);

        String industry = jdbc.queryForObject("SELECT i.name FROM safety_subject s JOIN safety_industry i ON i.id = s.industry_id"
                + " WHERE s.id = 31001", String.class);
        Map<Long, String> itemNames = new HashMap<>();
        jdbc.query("SELECT id, name FROM safety_check_item WHERE id IN (30001, 30014)", rs -> {
            itemNames.put(rs.getLong(1), rs.getString(2));
        });
        JsonNode items = ok("/api/safety/stats/item-pass-rate?gridId=83001", "admin");
        assertThat(items).hasSize(2);
        items.forEach(r -> assertThat(r.path("itemName").asText()).isEqualTo(itemNames.get(r.path("itemId").asLong())));
        JsonNode perIndustry = ok("/api/safety/stats/item-pass-rate?gridId=83001&byIndustry=true", "admin");
        perIndustry.forEach(r -> assertThat(r.path("industryName").asText()).isEqualTo(industry));
        JsonNode unqualified = ok("/api/safety/stats/unqualified-by-industry?gridId=83001", "admin");
        assertThat(unqualified).hasSize(1);
        assertThat(unqualified.get(0).path("industryName").asText()).isEqualTo(industry);
        assertThat(unqualified.get(0).path("itemName").asText()).isEqualTo(itemNames.get(30014L));
    }

    @Test
    @DisplayName("A9: the named workload of an inspector still covers only their grids")
    void safety_names_keep_grid_isolation() {
        JsonNode mine = ok("/api/safety/stats/workload", "stats_insp");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("inspectorName").asText()).isEqualTo("统计网格员");
        assertThat(mine.toString()).isEqualTo(ok("/api/safety/stats/workload?gridId=83001", "admin").toString());
        assertThat(api.get("/api/safety/stats/workload?gridId=101", "stats_insp").status()).isEqualTo(403);
        ok("/api/safety/stats/workload", "inspector1").forEach(r -> assertThat(r.path("inspectorId").asLong()).isNotEqualTo(INSPECTOR));
    }
}
