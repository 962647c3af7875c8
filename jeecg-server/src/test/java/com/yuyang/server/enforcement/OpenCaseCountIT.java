package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.system.grid.DataScopeCache;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

import static com.yuyang.server.enforcement.PublicSideFixtures.PERSON_201;
import static com.yuyang.server.enforcement.PublicSideFixtures.SUBJECT_102;
import static com.yuyang.server.enforcement.PublicSideFixtures.act;
import static com.yuyang.server.enforcement.PublicSideFixtures.newCase;
import static com.yuyang.server.enforcement.PublicSideFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, "my cases": the per-stage counts come from the engine's counter table (V4_2_3), which must equal a live
 * COUNT over enforcement_case after every stage change, within the caller's grids, with no cache in between.
 * Fixture ids 86xxx.
 */
class OpenCaseCountIT extends IntegrationTest {

    private static final long ENFORCER = 86001;   // enforcer role, grids 201 and 102

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataScopeCache scopes;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        PublicSideFixtures.accounts(jdbc);
        synchronized (OpenCaseCountIT.class) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, ENFORCER) == 0) {
                jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                        + " SELECT ?, 1, 'enf_cnt_86001', password_hash, '计数执法员', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4",
                        ENFORCER);
                jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 4)", ENFORCER);
                jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 201), (?, 102)", ENFORCER, ENFORCER);
            }
        }
    }

    @Test
    @DisplayName("issue 6: my-cases counts equal a live count after every dispatch and stage change, per grid scope")
    void counts_are_exact_after_every_change() {
        Map<String, Long> start = counts();
        assertExact("201,102");

        long a = newCase(api, "admin", PERSON_201, ENFORCER).path("id").asLong();
        assertThat(counts().getOrDefault("VERIFY", 0L)).isEqualTo(start.getOrDefault("VERIFY", 0L) + 1);
        assertExact("201,102");

        long b = newCase(api, "admin", SUBJECT_102, ENFORCER).path("id").asLong();
        assertThat(counts().getOrDefault("VERIFY", 0L)).isEqualTo(start.getOrDefault("VERIFY", 0L) + 2);
        assertExact("201,102");

        ok(act(api, "enf_cnt_86001", a, "verify", Map.of("cause", "无证客运", "process", "现场询问", "enterpriseOpinion", "无异议")));
        assertExact("201,102");
        assertThat(counts().get("VERIFY")).isEqualTo(start.getOrDefault("VERIFY", 0L) + 1);
        assertThat(counts().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(start.values().stream().mapToLong(Long::longValue).sum() + 2);
        ok(act(api, "enf_cnt_86001", a, "pass", null));
        assertExact("201,102");

        // the page totals are the counts: one stage and all stages
        JsonNode verify = api.get("/api/app/enforcement/cases/mine?stage=VERIFY&pageSize=100", "enf_cnt_86001").result();
        assertThat(verify.path("page").path("total").asLong()).isEqualTo(verify.path("counts").path("VERIFY").asLong());
        assertThat(verify.path("page").path("records").size()).isEqualTo(verify.path("counts").path("VERIFY").asInt());
        JsonNode all = api.get("/api/app/enforcement/cases/mine?pageSize=100", "enf_cnt_86001").result();
        long sum = 0;
        for (JsonNode n : all.path("counts")) {
            sum += n.asLong();
        }
        assertThat(all.path("page").path("total").asLong()).isEqualTo(sum);

        // a narrower grid scope counts only its grids: grid 102's case drops out at once
        jdbc.update("DELETE FROM sys_user_grid WHERE user_id = ? AND grid_id = 102", ENFORCER);
        scopes.evictUser(ENFORCER);
        try {
            assertExact("201");
            assertThat(api.get("/api/app/enforcement/cases/mine?stage=VERIFY&pageSize=100", "enf_cnt_86001").result()
                    .path("page").path("records").toString()).doesNotContain(String.valueOf(b));
        } finally {
            jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 102)", ENFORCER);
            scopes.evictUser(ENFORCER);
        }
        assertExact("201,102");
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        api.get("/api/app/enforcement/cases/mine?pageSize=1", "enf_cnt_86001").result().path("counts")
                .fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }

    /** The answer's counts and the counter table both equal a live COUNT of the enforcer's open cases in these grids. */
    private void assertExact(String grids) {
        Map<String, Long> live = new TreeMap<>();
        jdbc.query("SELECT current_stage, COUNT(*) FROM enforcement_case WHERE assignee_id = ? AND status = 'OPEN'"
                + " AND del_flag = 0 AND grid_id IN (" + grids + ") GROUP BY current_stage", rs -> {
            live.put(rs.getString(1), rs.getLong(2));
        }, ENFORCER);
        Map<String, Long> table = new TreeMap<>();
        jdbc.query("SELECT current_stage, SUM(open_count) FROM enforcement_open_case_count WHERE assignee_id = ?"
                + " AND grid_id IN (" + grids + ") GROUP BY current_stage HAVING SUM(open_count) > 0", rs -> {
            table.put(rs.getString(1), rs.getLong(2));
        }, ENFORCER);
        assertThat(table).isEqualTo(live);
        assertThat(counts()).isEqualTo(live);
    }
}
