package com.yuyang.server.online;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** P3: the shipped form-schemas are loaded at start-up, their tables created, permission codes registered. */
class OnlineFormLoadIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shippedFormsAreCreatedAndSyncedAtStartup() {
        List<String> codes = jdbc.queryForList("SELECT code FROM onl_form WHERE synced_version = form_version ORDER BY code", String.class);
        assertThat(codes).contains("demo_order", "demo_order_item", "demo_road_section", "demo_vehicle");
        assertThat(jdbc.queryForList("SELECT kind FROM onl_form WHERE code IN ('demo_vehicle','demo_order','demo_road_section')"
                + " ORDER BY code", String.class)).containsExactly("master", "tree", "single");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onl_form_field f JOIN onl_form o ON o.id = f.form_id"
                + " WHERE o.code = 'demo_vehicle'", Integer.class)).isEqualTo(8);
    }

    @Test
    void tablesCarryManagedColumnsAndGridOnlyWhenGridScoped() {
        List<String> vehicle = columns("demo_vehicle");
        assertThat(vehicle).contains("id", "plate_no", "seats", "tenant_id", "grid_id", "version", "del_flag",
                "create_by", "create_time", "update_by", "update_time");
        assertThat(columns("demo_order")).doesNotContain("grid_id").contains("order_no", "tenant_id");
        assertThat(columns("demo_road_section")).contains("parent_id", "name");
    }

    @Test
    void everySyncIsLogged() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onl_ddl_log WHERE form_code = 'demo_vehicle'"
                + " AND status = 'APPLIED' AND statements LIKE 'CREATE TABLE demo_vehicle%'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void perFormPermissionCodesExistAndCanBeGranted() {
        assertThat(jdbc.queryForList("SELECT code FROM sys_permission WHERE code LIKE 'online:demo_vehicle:%' ORDER BY code",
                String.class)).containsExactly("online:demo_vehicle:add", "online:demo_vehicle:delete",
                "online:demo_vehicle:edit", "online:demo_vehicle:export", "online:demo_vehicle:import",
                "online:demo_vehicle:list");
        Long page = jdbc.queryForObject("SELECT id FROM sys_permission WHERE code = 'online:demo_vehicle:list'", Long.class);
        OnlineHttpIT.grant(jdbc, 3, "online:demo_vehicle:list");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_role_permission WHERE role_id = 3 AND permission_id = ?",
                Integer.class, page)).isEqualTo(1);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = ?", String.class, table);
    }
}
