package com.yuyang.server.org;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A9 over HTTP: role × endpoint × grid. Each demo account logs in and works with the notices of the four demo
 * grids (101 with sub-grid 1011, 102 under 运输管理所; 201 under 执法大队). Inside the scope: 200; outside: 404
 * (the filtered query finds nothing) and 403 for writes into a foreign grid; without the permission: 403.
 */
class GridIsolationMatrixIT extends IntegrationTest {

    private static final long[] GRIDS = {101, 1011, 102, 201};
    private static final Map<Long, Long> SEEDED = Map.of(9101L, 101L, 9102L, 101L, 91011L, 1011L, 9201L, 102L, 9301L, 201L);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "A9 {0}: list/get show exactly grids [{1}] (permitted={2})")
    @CsvSource({
            "admin,       101 1011 102 201, true",
            "leader1,     101 1011 102,     true",
            "inspector1,  101 1011,         true",
            "inspector2,  102,              true",
            "enforcer1,   201,              true",
            "enterprise1, 1011,             false",
            "roadchief1,  '',               false"})
    void a9_listAndGetByIdAreFilteredByGrid(String user, String grids, boolean permitted) {
        Api api = new Api(port);
        Set<Long> scope = ids(grids);
        Api.Answer list = api.get("/api/sys/grid-notices?size=1000", user);
        if (!permitted) {
            assertThat(list.status()).isEqualTo(403);
            SEEDED.keySet().forEach(id -> assertThat(api.get("/api/sys/grid-notices/" + id, user).status()).isEqualTo(403));
            return;
        }
        assertThat(list.status()).isEqualTo(200);
        JsonNode records = list.result().path("records");
        Set<Long> visibleIds = new HashSet<>();
        records.forEach(r -> {
            assertThat(scope).contains(r.path("gridId").asLong());
            visibleIds.add(r.path("id").asLong());
        });
        assertThat(list.result().path("total").asLong()).isEqualTo(records.size());
        assertThat(api.get("/api/sys/grid-notices?size=1", user).result().path("total").asLong())
                .as("count query filtered too").isEqualTo(records.size());

        SEEDED.forEach((id, grid) -> {
            Api.Answer one = api.get("/api/sys/grid-notices/" + id, user);
            if (scope.contains(grid)) {
                assertThat(one.status()).isEqualTo(200);
                assertThat(visibleIds).contains(id);
            } else {
                assertThat(one.status()).as("%s reads notice %s of grid %s", user, id, grid).isEqualTo(404);
                assertThat(one.body().path("success").asBoolean()).isFalse();
                assertThat(visibleIds).doesNotContain(id);
            }
        });
    }

    @ParameterizedTest(name = "A9 {0}: create/update/delete only in grids [{1}] (permitted={2})")
    @CsvSource({
            "admin,       101 1011 102 201, true",
            "leader1,     101 1011 102,     true",
            "inspector1,  101 1011,         true",
            "inspector2,  102,              true",
            "enforcer1,   201,              true",
            "enterprise1, 1011,             false"})
    void a9_writesAreConfinedToTheGridScope(String user, String grids, boolean permitted) {
        Api api = new Api(port);
        Set<Long> scope = ids(grids);
        for (long grid : GRIDS) {
            int before = count();
            Api.Answer created = api.post("/api/sys/grid-notices", user, Map.of("gridId", grid, "title", "矩阵-" + user));
            int expectedCreate = !permitted ? 403 : scope.contains(grid) ? 200 : 403;
            assertThat(created.status()).as("%s creates in grid %s", user, grid).isEqualTo(expectedCreate);
            assertThat(count()).isEqualTo(expectedCreate == 200 ? before + 1 : before);

            Api.Answer row = api.post("/api/sys/grid-notices", "admin", Map.of("gridId", grid, "title", "原标题"));
            long id = row.result().path("id").asLong();
            int version = row.result().path("version").asInt();
            Api.Answer updated = api.put("/api/sys/grid-notices/" + id, user,
                    Map.of("gridId", grid, "title", "改标题", "version", version));
            int expected = !permitted ? 403 : scope.contains(grid) ? 200 : 404;
            assertThat(updated.status()).as("%s updates a notice of grid %s", user, grid).isEqualTo(expected);
            assertThat(title(id)).isEqualTo(expected == 200 ? "改标题" : "原标题");

            Api.Answer deleted = api.delete("/api/sys/grid-notices/" + id, user);
            assertThat(deleted.status()).as("%s deletes a notice of grid %s", user, grid).isEqualTo(expected);
            assertThat(jdbc.queryForObject("SELECT del_flag FROM sys_grid_notice WHERE id = ?", Integer.class, id))
                    .isEqualTo(expected == 200 ? 1 : 0);
        }
    }

    @org.junit.jupiter.api.Test
    void a9_movingANoticeOutOfTheScopeIsForbidden() {
        Api api = new Api(port);
        Api.Answer row = api.post("/api/sys/grid-notices", "inspector1", Map.of("gridId", 1011, "title", "子网格"));
        assertThat(row.status()).isEqualTo(200);
        Api.Answer moved = api.put("/api/sys/grid-notices/" + row.result().path("id").asLong(), "inspector1",
                Map.of("gridId", 201, "title", "移走", "version", row.result().path("version").asInt()));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.message()).contains("网格");
        assertThat(title(row.result().path("id").asLong())).isEqualTo("子网格");
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_grid_notice WHERE del_flag = 0", Integer.class);
    }

    private String title(long id) {
        return jdbc.queryForObject("SELECT title FROM sys_grid_notice WHERE id = ?", String.class, id);
    }

    private static Set<Long> ids(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(x -> !x.isEmpty()).map(Long::valueOf).collect(Collectors.toSet());
    }
}
