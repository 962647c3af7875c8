package com.yuyang.server.online;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.data.PageResult;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static com.yuyang.server.online.OnlineUsers.crud;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A9 on the online engine: grid isolation applies to every read and write of a grid-scoped form. P3 permissions. */
class OnlineGridIsolationIT extends IntegrationTest {

    @Autowired
    OnlineDataController api;
    @Autowired
    JdbcTemplate jdbc;

    final LoginUser inspector1 = OnlineUsers.inspector1(crud("demo_vehicle"));
    String in101;
    String in1011;
    String in102;

    @BeforeEach
    void rows() {
        String tag = Long.toString(System.nanoTime() % 100000);
        in101 = as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A" + pad(tag, "1"), "网格" + tag, 101)).result());
        in1011 = as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A" + pad(tag, "2"), "网格" + tag, 1011)).result());
        in102 = as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A" + pad(tag, "3"), "网格" + tag, 102)).result());
    }

    private static String pad(String tag, String suffix) {
        return String.format("%05d", Long.parseLong(tag)) + suffix;
    }

    @Test
    void inspector1SeesOwnGridAndSubGridButNeverGrid102() {
        String owner = as(ADMIN, () -> api.get("demo_vehicle", in101).result().get("owner_name").toString());
        PageResult page = as(inspector1, () -> api.list("demo_vehicle", Map.of("owner_name", owner)).result());
        assertThat(page.records()).extracting(r -> r.get("id")).containsExactlyInAnyOrder(in101, in1011);
        assertThat(page.total()).isEqualTo(2);
        PageResult all = as(inspector1, () -> api.list("demo_vehicle", Map.of("pageSize", "1000")).result());
        assertThat(all.records()).allSatisfy(r -> assertThat(r.get("grid_id")).isIn("101", "1011"));
        PageResult admin = as(ADMIN, () -> api.list("demo_vehicle", Map.of("owner_name", owner)).result());
        assertThat(admin.total()).isEqualTo(3);
    }

    @Test
    void rowsOfAnotherGridAreNotFoundByIdForReadUpdateOrDelete() {
        assertThatThrownBy(() -> as(inspector1, () -> api.get("demo_vehicle", in102)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> as(inspector1, () -> api.edit("demo_vehicle", in102, Map.of("owner_name", "越权", "version", 0))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> as(inspector1, () -> api.delete("demo_vehicle", in102)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> as(inspector1, () -> api.deleteBatch("demo_vehicle", in101 + "," + in102)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle WHERE del_flag = 0 AND id IN (?, ?)",
                Integer.class, Long.parseLong(in101), Long.parseLong(in102))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT owner_name FROM demo_vehicle WHERE id = ?", String.class,
                Long.parseLong(in102))).doesNotContain("越权");
    }

    @Test
    void writingIntoAnotherGridIs403AndOwnGridIsDefaulted() {
        assertThatThrownBy(() -> as(inspector1, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A99991", "越权", 102))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> as(inspector1, () -> api.edit("demo_vehicle", in101, Map.of("grid_id", "102", "version", 0))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
        String own = as(inspector1, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A99992", "本网格", 101)).result());
        assertThat(jdbc.queryForObject("SELECT grid_id FROM demo_vehicle WHERE id = ?", Long.class, Long.parseLong(own))).isEqualTo(101L);
        LoginUser inspector2 = OnlineUsers.inspector2(crud("demo_vehicle"));
        Map<String, Object> noGrid = OnlineDataCrudIT.vehicle("陕A99993", "默认网格", 0);
        noGrid.remove("grid_id");
        String defaulted = as(inspector2, () -> api.add("demo_vehicle", noGrid).result());
        assertThat(jdbc.queryForObject("SELECT grid_id FROM demo_vehicle WHERE id = ?", Long.class, Long.parseLong(defaulted))).isEqualTo(102L);
    }

    @Test
    void perFormPermissionCodesAreEnforced() {
        LoginUser readOnly = OnlineUsers.inspector1("online:demo_vehicle:list");
        assertThat(as(readOnly, () -> api.get("demo_vehicle", in101).result())).isNotNull();
        assertThatThrownBy(() -> as(readOnly, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕A99994", "无权", 101))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> as(readOnly, () -> api.delete("demo_vehicle", in101)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
        LoginUser nothing = OnlineUsers.inspector1();
        assertThatThrownBy(() -> as(nothing, () -> api.list("demo_vehicle", Map.of())))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> api.list("demo_vehicle", Map.of()))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
