package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A1–A3, A9: the safety data model is loaded as online forms over the migrated tables, with the demo data
 * (16 check items, industries, subjects in both demo grids) and grid isolation on the subject form.
 */
class SafetyModelIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a3_the_sixteen_main_responsibility_items_exist_with_cycles_and_penalty_ranges() {
        JsonNode page = new Api(port).get("/api/online/data/safety_check_item?pageSize=50", "admin").result();
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(16);
        Set<String> groups = new HashSet<>();
        for (JsonNode row : page.path("records")) {
            groups.add(row.path("item_group").asText());
            assertThat(row.path("cycle_days").asInt()).isBetween(1, 3650);
        }
        assertThat(groups).hasSizeGreaterThanOrEqualTo(16);
        // the migrated tables match the form files exactly: the engine's sync had nothing to change
        Integer changed = jdbc.queryForObject("SELECT COUNT(*) FROM onl_ddl_log WHERE form_code LIKE 'safety%'"
                + " AND status <> 'UNCHANGED'", Integer.class);
        assertThat(changed).isZero();
    }

    @Test
    void a2_a9_inspector_sees_only_subjects_of_own_grid_and_sub_grids() {
        Api api = new Api(port);
        JsonNode mine = api.get("/api/online/data/safety_subject?pageSize=100", "inspector1").result();
        Set<Long> grids = new HashSet<>();
        Set<Long> industries = new HashSet<>();
        for (JsonNode row : mine.path("records")) {
            grids.add(row.path("grid_id").asLong());
            industries.add(row.path("industry_id").asLong());
        }
        assertThat(grids).isSubsetOf(101L, 1011L).contains(101L, 1011L);
        assertThat(industries).hasSizeGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/online/data/safety_subject/31011", "inspector1").status()).isIn(403, 404);
        assertThat(api.get("/api/online/data/safety_subject/31011", "inspector2").status()).isEqualTo(200);
        JsonNode other = api.get("/api/online/data/safety_subject?pageSize=100", "inspector2").result();
        for (JsonNode row : other.path("records")) {
            assertThat(row.path("grid_id").asLong()).isEqualTo(102L);
        }
        assertThat(other.path("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a1_industries_carry_supervision_and_self_check_items() {
        Integer sup = jdbc.queryForObject("SELECT COUNT(*) FROM safety_industry_item WHERE industry_id = 30101 AND kind = 'SUPERVISION'", Integer.class);
        Integer self = jdbc.queryForObject("SELECT COUNT(*) FROM safety_industry_item WHERE industry_id = 30101 AND kind = 'SELF_CHECK'", Integer.class);
        assertThat(sup).isPositive();
        assertThat(self).isPositive();
        JsonNode page = new Api(port).get("/api/online/data/safety_industry?pageSize=50", "inspector1").result();
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(5);
    }
}
