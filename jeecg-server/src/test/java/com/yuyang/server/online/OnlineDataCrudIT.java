package com.yuyang.server.online;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.data.PageResult;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P3 generic data API on the single-table sample form demo_vehicle (grid-scoped), against MariaDB. */
class OnlineDataCrudIT extends IntegrationTest {

    @Autowired
    OnlineDataController api;
    @Autowired
    JdbcTemplate jdbc;

    private String add(String plate, String owner, long grid, Object... more) {
        Map<String, Object> body = vehicle(plate, owner, grid, more);
        return as(ADMIN, () -> api.add("demo_vehicle", body).result());
    }

    static Map<String, Object> vehicle(String plate, String owner, long grid, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plate_no", plate);
        body.put("owner_name", owner);
        body.put("grid_id", String.valueOf(grid));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private PageResult list(Object... params) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put((String) params[i], String.valueOf(params[i + 1]));
        }
        return as(ADMIN, () -> api.list("demo_vehicle", p).result());
    }

    @Test
    void addThenListWithLikeEqRangeSortAndDictText() {
        add("陕K10001", "榆林顺达客运", 101, "vehicle_type", "bus", "seats", 45, "register_date", "2024-03-01",
                "load_tons", "12.50", "in_service", true);
        add("陕K10002", "榆林顺达客运", 101, "vehicle_type", "truck", "seats", 3, "register_date", "2025-06-01");
        add("陕K10003", "神木运输", 102, "vehicle_type", "bus", "seats", 30, "register_date", "2023-01-15");

        PageResult byOwner = list("owner_name", "顺达", "sort", "seats", "order", "asc");
        assertThat(byOwner.total()).isEqualTo(2);
        assertThat(byOwner.records()).extracting(r -> r.get("plate_no")).containsExactly("陕K10002", "陕K10001");
        Map<String, Object> bus = byOwner.records().get(1);
        assertThat(bus.get("vehicle_type_dictText")).isEqualTo("客车");
        assertThat(bus.get("seats")).isEqualTo(45);
        assertThat(bus.get("in_service")).isEqualTo(true);
        assertThat(bus.get("register_date")).isEqualTo("2024-03-01");
        assertThat(bus.get("grid_id")).isEqualTo("101");
        assertThat(bus.get("version")).isEqualTo(0);

        assertThat(list("vehicle_type", "bus", "owner_name", "陕K1000").total()).isZero();
        assertThat(list("vehicle_type", "bus", "plate_no", "陕K1000").total()).isEqualTo(2);
        assertThat(list("register_date_begin", "2024-01-01", "register_date_end", "2025-12-31", "plate_no", "陕K1000")
                .records()).extracting(r -> r.get("plate_no")).containsExactlyInAnyOrder("陕K10001", "陕K10002");
        assertThat(list("seats_begin", "30", "plate_no", "陕K1000", "pageSize", "1", "pageNo", "2", "sort", "seats",
                "order", "desc").records()).extracting(r -> r.get("plate_no")).containsExactly("陕K10003");
    }

    @Test
    void getUpdateWithVersionAndStaleUpdateIs409() {
        String id = add("陕K20001", "原车主", 101, "seats", 5);
        Map<String, Object> row = as(ADMIN, () -> api.get("demo_vehicle", id).result());
        assertThat(row.get("owner_name")).isEqualTo("原车主");

        as(ADMIN, () -> api.edit("demo_vehicle", id, Map.of("owner_name", "新车主", "version", 0)));
        Map<String, Object> after = as(ADMIN, () -> api.get("demo_vehicle", id).result());
        assertThat(after.get("owner_name")).isEqualTo("新车主");
        assertThat(after.get("version")).isEqualTo(1);
        assertThat(after.get("seats")).isEqualTo(5);
        assertThat(after.get("update_by")).isEqualTo("admin");

        assertThatThrownBy(() -> as(ADMIN, () -> api.edit("demo_vehicle", id, Map.of("owner_name", "过期写入", "version", 0))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(jdbc.queryForObject("SELECT owner_name FROM demo_vehicle WHERE id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("新车主");
        assertThatThrownBy(() -> as(ADMIN, () -> api.edit("demo_vehicle", id, Map.of("owner_name", "无版本"))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void deleteIsLogicalAndBatchDeleteWorks() {
        String a = add("陕K30001", "删除测试", 101);
        String b = add("陕K30002", "删除测试", 101);
        String c = add("陕K30003", "删除测试", 102);
        as(ADMIN, () -> api.delete("demo_vehicle", a));
        assertThat(jdbc.queryForObject("SELECT del_flag FROM demo_vehicle WHERE id = ?", Integer.class, Long.parseLong(a))).isEqualTo(1);
        assertThatThrownBy(() -> as(ADMIN, () -> api.get("demo_vehicle", a)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(as(ADMIN, () -> api.deleteBatch("demo_vehicle", b + "," + c).result())).isEqualTo(2);
        assertThat(list("owner_name", "删除测试").total()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle WHERE owner_name = '删除测试'", Integer.class)).isEqualTo(3);
    }

    @Test
    void validationFromMetadataGives400WithChineseMessagesPerFieldAndWritesNothing() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle", Integer.class);
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("plate_no", "ABC");
        bad.put("seats", 100);
        bad.put("load_tons", "abc");
        bad.put("register_date", "2024/01/01");
        bad.put("vehicle_type", "plane");
        bad.put("grid_id", "101");
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_vehicle", bad)))
                .isInstanceOfSatisfying(BizException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    @SuppressWarnings("unchecked")
                    Map<String, String> fields = (Map<String, String>) e.detail();
                    assertThat(fields).containsEntry("plate_no", "车牌号格式不正确，如 陕K12345")
                            .containsEntry("owner_name", "车主不能为空")
                            .containsEntry("seats", "座位数不能大于80")
                            .containsEntry("load_tons", "核定载质量(吨)必须是数字")
                            .containsEntry("register_date", "注册日期日期格式应为 yyyy-MM-dd")
                            .containsEntry("vehicle_type", "车辆类型的取值不在可选范围内");
                });
        Map<String, Object> tooLong = vehicle("陕K40001", "长".repeat(51), 101);
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_vehicle", tooLong)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.getMessage()).contains("车主长度不能超过50个字符"));
        Map<String, Object> unknown = vehicle("陕K40002", "某人", 101, "colour; drop table x", "red");
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_vehicle", unknown)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        add("陕K40003", "唯一", 101);
        assertThatThrownBy(() -> add("陕K40003", "重复", 102))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.getMessage()).contains("车牌号已存在"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void unknownFormIs404() {
        assertThatThrownBy(() -> as(ADMIN, () -> api.list("no_such_form", Map.of())))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> as(ADMIN, () -> api.list("sys_user", Map.of())))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
