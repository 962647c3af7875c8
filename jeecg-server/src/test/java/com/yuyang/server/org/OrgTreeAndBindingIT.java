package com.yuyang.server.org;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P8/A9 organisation structure: grid bindings take effect at once (cached scopes are evicted), department and
 * grid trees keep their materialised paths on moves, GeoJSON outlines are stored, deletes are guarded.
 */
class OrgTreeAndBindingIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a9_gridBindingChangesTheVisibleRowsImmediately() {
        Api api = new Api(port);
        long userId = api.post("/api/sys/users", "admin", Map.of("username", "a9_binding", "password", "Bind#2026",
                "realName", "绑定测试", "deptId", 11)).result().path("id").asLong();
        api.put("/api/sys/users/" + userId + "/roles", "admin", Map.of("roleIds", List.of(4)));
        String token = api.login("a9_binding", "Bind#2026");

        assertThat(total(api, token)).isZero();
        assertThat(api.put("/api/sys/users/" + userId + "/grids", "admin", Map.of("gridIds", List.of(201))).status()).isEqualTo(200);
        assertThat(total(api, token)).isEqualTo(count(201));
        assertThat(api.call("GET", "/api/sys/grid-notices/9301", token, null).status()).isEqualTo(200);

        assertThat(api.get("/api/sys/users/" + userId + "/grids", "admin").result().toString()).isEqualTo("[201]");
        assertThat(api.get("/api/sys/grids/201/users", "admin").result().toString()).contains("a9_binding");

        api.put("/api/sys/users/" + userId + "/grids", "admin", Map.of("gridIds", List.of()));
        assertThat(total(api, token)).isZero();
        assertThat(api.call("GET", "/api/sys/grid-notices/9301", token, null).status()).isEqualTo(404);
    }

    @Test
    void p8_departmentMoveRewritesTheSubtreePathsAndIsGuarded() {
        Api api = new Api(port);
        long a = api.post("/api/sys/depts", "admin", Map.of("parentId", 1, "name", "移动甲", "code", "MV-A")).result().path("id").asLong();
        long b = api.post("/api/sys/depts", "admin", Map.of("parentId", a, "name", "移动乙", "code", "MV-B")).result().path("id").asLong();
        long c = api.post("/api/sys/depts", "admin", Map.of("parentId", b, "name", "移动丙", "code", "MV-C")).result().path("id").asLong();
        assertThat(path(c)).isEqualTo("/1/" + a + "/" + b + "/" + c + "/");

        var intoOwnSubtree = api.put("/api/sys/depts/" + a, "admin", Map.of("parentId", c, "name", "移动甲", "code", "MV-A", "version", 0));
        assertThat(intoOwnSubtree.status()).isEqualTo(400);
        assertThat(intoOwnSubtree.message()).contains("下级部门");

        JsonNode bNode = api.get("/api/sys/depts/" + b, "admin").result();
        var moved = api.put("/api/sys/depts/" + b, "admin", Map.of("parentId", 10, "name", "移动乙", "code", "MV-B",
                "version", bNode.path("version").asInt()));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(path(b)).isEqualTo("/1/10/" + b + "/");
        assertThat(path(c)).isEqualTo("/1/10/" + b + "/" + c + "/");
        assertThat(api.get("/api/sys/depts/tree", "admin").raw()).contains("移动丙");

        var refused = api.delete("/api/sys/depts/" + b, "admin");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).isEqualTo("该部门下存在下级部门，不能删除");
        assertThat(api.delete("/api/sys/depts/" + c, "admin").status()).isEqualTo(200);
        assertThat(api.delete("/api/sys/depts/" + b, "admin").status()).isEqualTo(200);
    }

    @Test
    void a9_gridTreeStoresOutlinesAndMovesSubGrids() {
        Api api = new Api(port);
        Map<String, Object> polygon = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(109.7, 38.2), List.of(109.8, 38.2), List.of(109.8, 38.3), List.of(109.7, 38.2))));
        var top = api.post("/api/sys/grids", "admin", Map.of("deptId", 12, "name", "路长网格", "code", "T-TOP", "geojson", polygon));
        assertThat(top.status()).as(top.raw()).isEqualTo(200);
        long topId = top.result().path("id").asLong();
        assertThat(top.result().path("geojson").asText()).contains("Polygon").contains("109.7");
        long sub = api.post("/api/sys/grids", "admin", Map.of("deptId", 12, "parentId", topId, "name", "路长子网格", "code", "T-SUB"))
                .result().path("id").asLong();
        long leaf = api.post("/api/sys/grids", "admin", Map.of("deptId", 12, "parentId", sub, "name", "路长孙网格", "code", "T-LEAF"))
                .result().path("id").asLong();
        assertThat(jdbc.queryForObject("SELECT level_no FROM sys_grid WHERE id = ?", Integer.class, leaf)).isEqualTo(3);

        JsonNode subNode = api.get("/api/sys/grids/" + sub, "admin").result();
        var moved = api.put("/api/sys/grids/" + sub, "admin", Map.of("deptId", 12, "parentId", 0, "name", "路长子网格",
                "code", "T-SUB", "version", subNode.path("version").asInt()));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT path FROM sys_grid WHERE id = ?", String.class, leaf)).isEqualTo("/" + sub + "/" + leaf + "/");
        assertThat(jdbc.queryForObject("SELECT level_no FROM sys_grid WHERE id = ?", Integer.class, leaf)).isEqualTo(2);
        assertThat(api.get("/api/sys/grids/tree?deptId=12", "admin").raw()).contains("路长孙网格");

        assertThat(api.delete("/api/sys/grids/" + sub, "admin").message()).isEqualTo("该网格下存在子网格，不能删除");
        assertThat(api.delete("/api/sys/grids/" + leaf, "admin").status()).isEqualTo(200);
    }

    @Test
    void p8_disablingDeletingOrRebindingAUserRevokesTheirTokens() {
        Api api = new Api(port);
        long id = api.post("/api/sys/users", "admin", Map.of("username", "p8_revoke", "password", "Revoke#2026",
                "realName", "吊销测试", "deptId", 10)).result().path("id").asLong();
        api.put("/api/sys/users/" + id + "/roles", "admin", Map.of("roleIds", List.of(3)));
        String token = api.login("p8_revoke", "Revoke#2026");
        assertThat(api.call("GET", "/api/sys/user/info", token, null).status()).isEqualTo(200);

        api.put("/api/sys/users/" + id + "/roles", "admin", Map.of("roleIds", List.of(3, 4)));
        assertThat(api.call("GET", "/api/sys/user/info", token, null).status()).isEqualTo(401);

        token = api.login("p8_revoke", "Revoke#2026");
        int version = api.get("/api/sys/users/" + id, "admin").result().path("version").asInt();
        assertThat(api.put("/api/sys/users/" + id, "admin", Map.of("realName", "吊销测试", "deptId", 10,
                "status", "DISABLED", "version", version)).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/sys/user/info", token, null).status()).isEqualTo(401);

        assertThat(api.delete("/api/sys/users/" + id, "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/sys/users/" + id, "admin").status()).isEqualTo(404);
    }

    @Test
    void a9_myGridsListTheCallersScope() {
        Api api = new Api(port);
        assertThat(ids(api.get("/api/sys/grids/mine", "inspector1").result())).containsExactlyInAnyOrder(101L, 1011L);
        assertThat(ids(api.get("/api/sys/grids/mine", "leader1").result())).containsExactlyInAnyOrder(101L, 1011L, 102L);
        assertThat(ids(api.get("/api/sys/grids/mine", "enterprise1").result())).containsExactly(1011L);
        assertThat(ids(api.get("/api/sys/grids/mine", "roadchief1").result())).isEmpty();
        assertThat(ids(api.get("/api/sys/grids/mine", "admin").result())).contains(101L, 1011L, 102L, 201L);
        assertThat(api.call("GET", "/api/sys/grids/mine", null, null).status()).isEqualTo(401);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    @Test
    void p8_adminEndpointsNeedTheirPermissions() {
        Api api = new Api(port);
        assertThat(api.get("/api/sys/users?size=1", "inspector1").status()).isEqualTo(403);
        assertThat(api.post("/api/sys/roles", "leader1", Map.of("code", "x", "name", "x", "dataScope", "ALL")).status()).isEqualTo(403);
        assertThat(api.get("/api/sys/permissions/tree", "inspector1").status()).isEqualTo(403);
        assertThat(api.get("/api/sys/positions", "enforcer1").status()).isEqualTo(403);
        assertThat(api.get("/api/sys/tenants", "leader1").status()).isEqualTo(403);
        assertThat(api.get("/api/sys/depts/tree", "leader1").status()).isEqualTo(200);
        assertThat(api.get("/api/sys/grids/tree", "leader1").status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/sys/users", null, null).status()).isEqualTo(401);
    }

    private static long total(Api api, String token) {
        return api.call("GET", "/api/sys/grid-notices?size=1000", token, null).result().path("total").asLong();
    }

    private long count(long grid) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_grid_notice WHERE del_flag = 0 AND grid_id = ?", Long.class, grid);
    }

    private String path(long dept) {
        return jdbc.queryForObject("SELECT path FROM sys_dept WHERE id = ?", String.class, dept);
    }
}
