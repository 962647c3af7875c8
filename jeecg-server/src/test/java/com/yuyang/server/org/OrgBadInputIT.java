package com.yuyang.server.org;

import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every organisation endpoint: wrong types, missing fields, over-long strings, unknown enum values
 * and broken structures → 400 with a Chinese message and nothing written; stale versions → 409.
 */
class OrgBadInputIT extends IntegrationTest {

    private static final String LONG_65 = "a".repeat(65);
    private static final String LONG_201 = "长".repeat(201);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // users
                Arguments.of("POST", "/api/sys/users", "{}", "sys_user", "用户名"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"bad_type\",\"password\":\"Abcd#1234\",\"realName\":\"x\",\"deptId\":\"abc\"}", "sys_user", "deptId"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"" + LONG_65 + "\",\"password\":\"Abcd#1234\",\"realName\":\"x\"}", "sys_user", "用户名"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"weak_pw\",\"password\":\"abcdefgh\",\"realName\":\"x\"}", "sys_user", "密码"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"bad_phone\",\"password\":\"Abcd#1234\",\"realName\":\"x\",\"phone\":\"12345\"}", "sys_user", "手机"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"bad_id\",\"password\":\"Abcd#1234\",\"realName\":\"x\",\"idCard\":\"110105194912310021\"}", "sys_user", "身份证"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"bad_enum\",\"password\":\"Abcd#1234\",\"realName\":\"x\",\"userType\":\"ROBOT\"}", "sys_user", "用户类型"),
                Arguments.of("POST", "/api/sys/users", "{\"username\":\"bad_dept\",\"password\":\"Abcd#1234\",\"realName\":\"x\",\"deptId\":987654}", "sys_user", "部门"),
                Arguments.of("PUT", "/api/sys/users/2", "{\"realName\":\"x\"}", "sys_user", "版本号"),
                Arguments.of("PUT", "/api/sys/users/2/roles", "{\"roleIds\":\"x\"}", "sys_user_role", "roleIds"),
                Arguments.of("PUT", "/api/sys/users/2/roles", "{\"roleIds\":[424242]}", "sys_user_role", "角色不存在"),
                Arguments.of("PUT", "/api/sys/users/2/grids", "{}", "sys_user_grid", "网格"),
                Arguments.of("PUT", "/api/sys/users/2/grids", "{\"gridIds\":[424242]}", "sys_user_grid", "网格不存在"),
                Arguments.of("GET", "/api/sys/users?page=abc", null, "sys_user", "page"),
                Arguments.of("GET", "/api/sys/users?status=GONE", null, "sys_user", "状态"),
                Arguments.of("GET", "/api/sys/users?size=5000", null, "sys_user", "每页"),
                // roles
                Arguments.of("POST", "/api/sys/roles", "{\"code\":\"r1\",\"name\":\"角色\",\"dataScope\":\"EVERYTHING\"}", "sys_role", "数据范围"),
                Arguments.of("POST", "/api/sys/roles", "{\"code\":\"r2\",\"dataScope\":\"ALL\"}", "sys_role", "角色名称"),
                Arguments.of("POST", "/api/sys/roles", "{\"code\":\"" + LONG_65 + "\",\"name\":\"x\",\"dataScope\":\"ALL\"}", "sys_role", "角色编码"),
                Arguments.of("PUT", "/api/sys/roles/3/permissions", "{\"permissionIds\":[1,\"x\"]}", "sys_role_permission", "permissionIds"),
                Arguments.of("PUT", "/api/sys/roles/3/permissions", "{\"permissionIds\":[424242]}", "sys_role_permission", "权限不存在"),
                // permissions
                Arguments.of("POST", "/api/sys/permissions", "{\"type\":\"LINK\",\"name\":\"x\",\"code\":\"x:y\"}", "sys_permission", "类型"),
                Arguments.of("POST", "/api/sys/permissions", "{\"type\":\"BUTTON\",\"name\":\"无编码按钮\",\"parentId\":110}", "sys_permission", "权限编码"),
                Arguments.of("POST", "/api/sys/permissions", "{\"type\":\"MENU\",\"name\":\"x\",\"parentId\":424242}", "sys_permission", "上级菜单"),
                Arguments.of("POST", "/api/sys/permissions", "{\"type\":\"PAGE\",\"name\":\"" + LONG_201 + "\"}", "sys_permission", "名称"),
                Arguments.of("PUT", "/api/sys/permissions/100", "{\"type\":\"MENU\",\"name\":\"系统管理\",\"parentId\":110,\"version\":0}", "sys_permission", "下级"),
                // departments
                Arguments.of("POST", "/api/sys/depts", "{\"code\":\"D1\"}", "sys_dept", "部门名称"),
                Arguments.of("POST", "/api/sys/depts", "{\"name\":\"x\",\"code\":\"has space\"}", "sys_dept", "部门编码"),
                Arguments.of("POST", "/api/sys/depts", "{\"name\":\"x\",\"code\":\"D2\",\"category\":\"TEAM\"}", "sys_dept", "部门类别"),
                Arguments.of("POST", "/api/sys/depts", "{\"name\":\"x\",\"code\":\"D3\",\"parentId\":424242}", "sys_dept", "上级部门"),
                Arguments.of("PUT", "/api/sys/depts/1", "{\"name\":\"榆阳区交通运输局\",\"code\":\"YYJT\",\"parentId\":10,\"version\":0}", "sys_dept", "下级部门"),
                Arguments.of("PUT", "/api/sys/depts/10/ceiling", "{\"permissionIds\":\"all\"}", "sys_dept_permission", "permissionIds"),
                // grids
                Arguments.of("POST", "/api/sys/grids", "{\"name\":\"g\",\"code\":\"G1\",\"deptId\":\"ten\"}", "sys_grid", "deptId"),
                Arguments.of("POST", "/api/sys/grids", "{\"name\":\"g\",\"code\":\"G2\"}", "sys_grid", "所属单位"),
                Arguments.of("POST", "/api/sys/grids", "{\"name\":\"g\",\"code\":\"G3\",\"deptId\":10,\"geojson\":{\"type\":\"Point\",\"coordinates\":[1,2]}}", "sys_grid", "GeoJSON"),
                Arguments.of("POST", "/api/sys/grids", "{\"name\":\"g\",\"code\":\"G4\",\"deptId\":10,\"geojson\":{\"type\":\"Polygon\",\"coordinates\":[[[109,38],[110,38],[110,39],[109,39.5]]]}}", "sys_grid", "闭合"),
                Arguments.of("POST", "/api/sys/grids", "{\"name\":\"g\",\"code\":\"G5\",\"deptId\":11,\"parentId\":101}", "sys_grid", "同一单位"),
                Arguments.of("PUT", "/api/sys/grids/101", "{\"name\":\"鼓楼街道网格\",\"code\":\"GRID-GL\",\"deptId\":10,\"parentId\":1011,\"version\":0}", "sys_grid", "下级网格"),
                // positions and tenants
                Arguments.of("POST", "/api/sys/positions", "{\"code\":\"p1\"}", "sys_position", "岗位名称"),
                Arguments.of("POST", "/api/sys/positions", "{\"code\":\"p2\",\"name\":\"x\",\"sortNo\":\"first\"}", "sys_position", "sortNo"),
                Arguments.of("POST", "/api/sys/tenants", "{\"name\":\"t\",\"code\":\"t1\",\"status\":\"PAUSED\"}", "sys_tenant", "状态"),
                Arguments.of("POST", "/api/sys/tenants", "{\"name\":\"t\",\"code\":\"t2\",\"contactPhone\":\"555\"}", "sys_tenant", "联系电话"),
                Arguments.of("DELETE", "/api/sys/tenants/1", null, "sys_tenant", "默认租户"),
                // grid notices
                Arguments.of("POST", "/api/sys/grid-notices", "{\"gridId\":101}", "sys_grid_notice", "标题"),
                Arguments.of("POST", "/api/sys/grid-notices", "{\"gridId\":\"abc\",\"title\":\"t\"}", "sys_grid_notice", "gridId"),
                Arguments.of("POST", "/api/sys/grid-notices", "{\"gridId\":101,\"title\":\"" + LONG_201 + "\"}", "sys_grid_notice", "标题"),
                Arguments.of("POST", "/api/sys/grid-notices", "{\"gridId\":424242,\"title\":\"t\"}", "sys_grid_notice", "网格不存在"),
                Arguments.of("POST", "/api/sys/grid-notices", "not json", "sys_grid_notice", "JSON"),
                Arguments.of("DELETE", "/api/sys/depts/10", null, "sys_dept", "不能删除"),
                Arguments.of("DELETE", "/api/sys/grids/101", null, "sys_grid", "不能删除"));
    }

    @ParameterizedTest(name = "{0} {1} → 400 ({4})")
    @MethodSource("badRequests")
    void badInputIsRejectedWithAChineseMessageAndNothingWritten(String method, String path, String body, String table,
                                                                String mentions) {
        Api api = new Api(port);
        String before = snapshot(table);
        Api.Answer a = api.call(method, path, api.token("admin"), body);
        assertThat(a.status()).as(a.raw()).isEqualTo(400);
        assertThat(a.body().path("success").asBoolean()).isFalse();
        assertThat(a.message()).matches("(?s).*[\\u4e00-\\u9fa5].*");
        assertThat(a.raw()).contains(mentions);
        assertThat(snapshot(table)).isEqualTo(before);
    }

    @Test
    void staleVersionIsAConflictOnEveryEditableResource() {
        Api api = new Api(port);
        var pos = api.post("/api/sys/positions", "admin", Map.of("code", "stale_p", "name", "版本岗位")).result();
        assertStale(api, "/api/sys/positions/" + pos.path("id").asLong(), Map.of("code", "stale_p", "name", "改"), pos.path("version").asInt());
        var role = api.post("/api/sys/roles", "admin", Map.of("code", "stale_r", "name", "版本角色", "dataScope", "GRID")).result();
        assertStale(api, "/api/sys/roles/" + role.path("id").asLong(), Map.of("code", "stale_r", "name", "改", "dataScope", "GRID"), role.path("version").asInt());
        var dept = api.post("/api/sys/depts", "admin", Map.of("parentId", 1, "name", "版本部门", "code", "STALE-D")).result();
        assertStale(api, "/api/sys/depts/" + dept.path("id").asLong(), Map.of("parentId", 1, "name", "改", "code", "STALE-D"), dept.path("version").asInt());
        var grid = api.post("/api/sys/grids", "admin", Map.of("deptId", 13, "name", "版本网格", "code", "STALE-G")).result();
        assertStale(api, "/api/sys/grids/" + grid.path("id").asLong(), Map.of("deptId", 13, "name", "改", "code", "STALE-G"), grid.path("version").asInt());
        var user = api.post("/api/sys/users", "admin", Map.of("username", "stale_u", "password", "Stale#2026", "realName", "版本")).result();
        assertStale(api, "/api/sys/users/" + user.path("id").asLong(), Map.of("realName", "改"), user.path("version").asInt());
        var tenant = api.post("/api/sys/tenants", "admin", Map.of("name", "版本租户", "code", "stale_t")).result();
        assertStale(api, "/api/sys/tenants/" + tenant.path("id").asLong(), Map.of("name", "改", "code", "stale_t"), tenant.path("version").asInt());
        var perm = api.post("/api/sys/permissions", "admin", Map.of("type", "API", "name", "版本权限", "code", "stale:perm", "parentId", 100)).result();
        assertStale(api, "/api/sys/permissions/" + perm.path("id").asLong(), Map.of("type", "API", "name", "改", "code", "stale:perm", "parentId", 100), perm.path("version").asInt());
        var notice = api.post("/api/sys/grid-notices", "admin", Map.of("gridId", 102, "title", "版本公告")).result();
        assertStale(api, "/api/sys/grid-notices/" + notice.path("id").asLong(), Map.of("gridId", 102, "title", "改"), notice.path("version").asInt());
    }

    @Test
    void duplicateCodesAreConflicts() {
        Api api = new Api(port);
        assertThat(api.post("/api/sys/roles", "admin", Map.of("code", "admin", "name", "重复", "dataScope", "ALL")).status()).isEqualTo(409);
        assertThat(api.post("/api/sys/permissions", "admin", Map.of("type", "API", "name", "重复", "code", "sys:user:list")).status()).isEqualTo(409);
        assertThat(api.post("/api/sys/users", "admin", Map.of("username", "admin", "password", "Dup#20260", "realName", "重复")).status()).isEqualTo(409);
    }

    private void assertStale(Api api, String path, Map<String, Object> body, int version) {
        var fields = new java.util.HashMap<>(body);
        fields.put("version", version);
        assertThat(api.put(path, "admin", fields).status()).as("first edit of %s", path).isEqualTo(200);
        Api.Answer stale = api.put(path, "admin", fields);
        assertThat(stale.status()).as("stale edit of %s: %s", path, stale.raw()).isEqualTo(409);
        assertThat(stale.message()).contains("已被他人修改");
    }

    /** A cheap fingerprint of a table: row count plus the sum of versions/ids where present. */
    private String snapshot(String table) {
        String sql = switch (table) {
            case "sys_user_role", "sys_user_grid" -> "SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(MOD(user_id, 1000003) * 7 + MOD(" + (table.equals("sys_user_role") ? "role_id" : "grid_id") + ", 1000003)), 0)) FROM " + table;
            case "sys_role_permission" -> "SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(MOD(role_id, 1000003) * 7 + MOD(permission_id, 1000003)), 0)) FROM sys_role_permission";
            case "sys_dept_permission" -> "SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(MOD(dept_id, 1000003) * 7 + MOD(permission_id, 1000003)), 0)) FROM sys_dept_permission";
            default -> "SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0), ':', COALESCE(SUM(del_flag), 0)) FROM " + table;
        };
        return jdbc.queryForObject(sql, String.class);
    }
}
