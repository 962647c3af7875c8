package com.yuyang.server.online;

import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.api.OnlineDataController;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.online.api.OnlineFormController;
import com.yuyang.base.online.ddl.TableChangeStamps;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.server.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static com.yuyang.server.online.OnlineUsers.crud;
import static com.yuyang.server.online.OnlineFormRuntimeChangeIT.unchecked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P3 list totals stay exact while repeated lists skip their COUNT: a total is reused only at the table change stamp
 * it was counted at, and the database moves that stamp on every write, including writes that bypass the engine
 * (plain SQL, another service). Totals are per caller scope: another grid never gets an admin's total.
 */
class OnlineListTotalIT extends IntegrationTest {

    @Autowired
    OnlineDataController api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TableChangeStamps stamps;
    @Autowired
    FormRegistry registry;
    @Autowired
    OnlineFormController forms;

    final LoginUser inspector1 = OnlineUsers.inspector1(crud("demo_vehicle"));
    String owner;
    final List<String> ids = new ArrayList<>();

    @BeforeEach
    void rows() {
        String tag = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase(Locale.ROOT);
        owner = "总数" + tag;
        for (int i = 0; i < 45; i++) {
            long grid = i < 30 ? 101 : 102;
            String plate = "陕T" + String.format("%4s", tag).replace(' ', '0').substring(0, 4) + String.format("%02d", i);
            ids.add(as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle(plate, owner, grid)).result()));
        }
    }

    private long total(LoginUser user, String pageNo) {
        return as(user, () -> api.list("demo_vehicle", Map.of("owner_name", owner, "pageNo", pageNo, "pageSize", "10")).result().total());
    }

    private double counted() {
        return meters.get("online.list.total").tag("source", "count").counter().count();
    }

    private double reused() {
        return meters.get("online.list.total").tag("source", "stamp").counter().count();
    }

    private String stamp() {
        return jdbc.queryForObject("SELECT change_stamp FROM onl_table_change WHERE table_name = 'demo_vehicle'", String.class);
    }

    @Test
    void the_form_table_carries_its_change_triggers() {
        assertThat(jdbc.queryForList("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                + " AND EVENT_OBJECT_TABLE = 'demo_vehicle'", String.class))
                .contains("onl_chg_i_demo_vehicle", "onl_chg_u_demo_vehicle", "onl_chg_d_demo_vehicle");
        assertThat(stamp()).isNotBlank();
    }

    @Test
    void a_repeated_list_reuses_its_total_until_any_writer_changes_the_table() {
        assertThat(total(ADMIN, "1")).isEqualTo(45);
        double counts = counted();
        double reuses = reused();
        assertThat(total(ADMIN, "2")).isEqualTo(45);
        assertThat(total(ADMIN, "3")).isEqualTo(45);
        assertThat(counted()).as("paging on with the same filter counts no more").isEqualTo(counts);
        assertThat(reused()).isEqualTo(reuses + 2);

        // a write that bypasses the engine: plain SQL, as a console or another service would do
        String before = stamp();
        jdbc.update("UPDATE demo_vehicle SET del_flag = 1 WHERE id = ?", Long.parseLong(ids.get(0)));
        assertThat(stamp()).isNotEqualTo(before);
        assertThat(total(ADMIN, "2")).isEqualTo(44);
        assertThat(counted()).isEqualTo(counts + 1);

        jdbc.update("INSERT INTO demo_vehicle (id, tenant_id, grid_id, plate_no, owner_name, version, del_flag)"
                + " SELECT id + 7000000000, tenant_id, grid_id, CONCAT(plate_no, 'X'), owner_name, 0, 0 FROM demo_vehicle WHERE id = ?",
                Long.parseLong(ids.get(1)));
        jdbc.update("DELETE FROM demo_vehicle WHERE id = ?", Long.parseLong(ids.get(2)));
        assertThat(total(ADMIN, "1")).isEqualTo(44);

        // and through the engine
        as(ADMIN, () -> api.delete("demo_vehicle", ids.get(3)));
        assertThat(total(ADMIN, "3")).isEqualTo(43);
        assertThat(total(ADMIN, "3")).isEqualTo(43);
    }

    @Test
    void totals_are_kept_per_caller_scope() {
        assertThat(total(ADMIN, "2")).isEqualTo(45);
        assertThat(total(inspector1, "2")).as("grid 101 only (grid 102 is not inspector1's)").isEqualTo(30);
        assertThat(total(ADMIN, "2")).isEqualTo(45);
        assertThat(total(inspector1, "2")).isEqualTo(30);
    }

    @Test
    void triggers_lost_by_hand_are_put_back_and_the_stamp_moves() {
        assertThat(total(ADMIN, "2")).isEqualTo(45);
        jdbc.execute("DROP TRIGGER onl_chg_u_demo_vehicle");
        jdbc.update("UPDATE demo_vehicle SET del_flag = 1 WHERE id = ?", Long.parseLong(ids.get(4)));
        String unmoved = stamp();
        stamps.afterSync(registry.runtime("demo_vehicle")); // what the minute's re-check (or any sync of the form) does
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                + " AND TRIGGER_NAME = 'onl_chg_u_demo_vehicle'", Integer.class)).isEqualTo(1);
        assertThat(stamp()).isNotEqualTo(unmoved);
        assertThat(total(ADMIN, "2")).isEqualTo(44);
    }

    private List<String> triggersOn(String table) {
        return jdbc.queryForList("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                + " AND EVENT_OBJECT_TABLE = ?", String.class, table);
    }

    @Test
    void only_forms_that_ask_for_it_carry_triggers_and_turning_it_off_removes_them() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String design = "{\"code\":\"tot_probe\",\"title\":\"总数探针\",\"stampedTotals\":%s,\"fields\":["
                + "{\"name\":\"name\",\"label\":\"名称\",\"type\":\"string\",\"length\":20,\"query\":\"like\"}]}";
        as(ADMIN, () -> forms.create(unchecked(() -> json.readTree(String.format(design, "true")))));
        as(ADMIN, () -> forms.sync("tot_probe", false));
        assertThat(triggersOn("tot_probe")).hasSize(3);
        assertThat(triggersOn("demo_order")).as("a form without stampedTotals").isEmpty();

        as(ADMIN, () -> forms.update("tot_probe", unchecked(() -> json.readTree(String.format(design, "false"))), 1));
        as(ADMIN, () -> forms.sync("tot_probe", false));
        assertThat(triggersOn("tot_probe")).isEmpty();
        for (int i = 0; i < 12; i++) {
            int n = i;
            as(ADMIN, () -> api.add("tot_probe", Map.of("name", "探针" + n)));
        }
        double counts = counted();
        Map<String, String> page2 = Map.of("pageNo", "2", "pageSize", "5");
        assertThat(as(ADMIN, () -> api.list("tot_probe", page2).result().total())).isEqualTo(12);
        assertThat(as(ADMIN, () -> api.list("tot_probe", page2).result().total())).isEqualTo(12);
        assertThat(counted()).as("untracked: every full page counts").isEqualTo(counts + 2);
    }
}
