package com.yuyang.server.org;

import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E1 over HTTP: a role grants a permission that lies outside the user's unit ceiling → the user does not get
 * it (not in user info, 403 on the endpoint), while permissions inside the ceiling keep working.
 */
class UnitCeilingIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void e1_permissionOutsideTheUnitCeilingIsNotEffective() {
        Api api = new Api(port);
        // a unit of its own, a role granting notice list + add + user list, and a user of that unit holding the role
        var unit = api.post("/api/sys/depts", "admin", Map.of("parentId", 1, "name", "天花板测试单位", "code", "E1-UNIT"));
        assertThat(unit.status()).isEqualTo(200);
        long unitId = unit.result().path("id").asLong();
        var role = api.post("/api/sys/roles", "admin", Map.of("code", "e1_role", "name", "上限测试角色", "dataScope", "DEPT"));
        long roleId = role.result().path("id").asLong();
        assertThat(api.put("/api/sys/roles/" + roleId + "/permissions", "admin",
                Map.of("permissionIds", List.of(110, 155, 156))).status()).isEqualTo(200);
        var user = api.post("/api/sys/users", "admin", Map.of("username", "e1_user", "password", "Ceiling#2026",
                "realName", "上限测试", "deptId", unitId));
        long userId = user.result().path("id").asLong();
        assertThat(api.put("/api/sys/users/" + userId + "/roles", "admin", Map.of("roleIds", List.of(roleId))).status())
                .isEqualTo(200);

        // no ceiling configured on the path: the role's permissions apply in full
        String token = api.login("e1_user", "Ceiling#2026");
        assertThat(api.call("GET", "/api/sys/user/info", token, null).result().path("permissions").toString())
                .contains("sys:grid-notice:add").contains("sys:user:list");

        // ceiling of the unit: notice list + user list only (no notice add)
        var ceiling = api.put("/api/sys/depts/" + unitId + "/ceiling", "admin", Map.of("permissionIds", List.of(110, 155)));
        assertThat(ceiling.status()).isEqualTo(200);
        assertThat(api.get("/api/sys/depts/" + unitId + "/ceiling", "admin").result().toString()).isEqualTo("[110,155]");

        token = api.login("e1_user", "Ceiling#2026");
        String permissions = api.call("GET", "/api/sys/user/info", token, null).result().path("permissions").toString();
        assertThat(permissions).contains("sys:grid-notice:list").contains("sys:user:list").doesNotContain("sys:grid-notice:add");
        assertThat(api.call("POST", "/api/sys/grid-notices", token, Map.of("gridId", 101, "title", "越过上限")).status())
                .isEqualTo(403);
        assertThat(api.call("GET", "/api/sys/users?size=1", token, null).status()).isEqualTo(200);
    }

    @Test
    void e1_ceilingNeedsItsOwnPermissionAndValidIds() {
        Api api = new Api(port);
        assertThat(api.put("/api/sys/depts/10/ceiling", "inspector1", Map.of("permissionIds", List.of(110))).status())
                .isEqualTo(403);
        var unknown = api.put("/api/sys/depts/10/ceiling", "admin", Map.of("permissionIds", List.of(999999)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("权限不存在");
        assertThat(api.get("/api/sys/depts/10/ceiling", "admin").result().toString()).isEqualTo("[]");
    }
}
