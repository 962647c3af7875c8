package com.yuyang.server.online;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.data.PageResult;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Security of the generic data API: hostile sort/order/field names get 400; hostile values are bound as
 * plain values. No added latency (sleep never runs) and nothing changes in the database.
 */
class OnlineSqlInjectionIT extends IntegrationTest {

    static final List<String> PAYLOADS = List.of(
            "id and sleep(3)", "case when 1=1 then id else name end", "/**/", "id/**/desc", ";drop table demo_vehicle",
            "'; drop table demo_vehicle; --", "plate_no desc, (select sleep(3))", "1) or (1=1", "plate_no\u0000",
            "车牌号", "😀😀", "%' or '1'='1", "\\", "x".repeat(10_000));

    @Autowired
    OnlineDataController api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileSortOrderAndParameterNamesAre400Quickly() {
        int rows = count();
        for (String p : PAYLOADS) {
            expect400(Map.of("sort", p));
            expect400(Map.of("sort", "plate_no", "order", p));
            expect400(Map.of(p, "1"));
            expect400(Map.of("seats_begin", p));
            expect400(Map.of("pageSize", p));
        }
        expect400(Map.of("sort", "remark"));
        expect400(Map.of("plate_no_begin", "a"));
        expect400(Map.of("pageSize", "100000"));
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void hostileValuesAreBoundAsPlainValues() {
        as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K77777", "注入测试", 101)));
        int rows = count();
        for (String p : PAYLOADS) {
            long t0 = System.nanoTime();
            if (p.length() > 500) {
                expect400(Map.of("owner_name", p));
            } else {
                PageResult r = as(ADMIN, () -> api.list("demo_vehicle", Map.of("owner_name", p)).result());
                assertThat(r.total()).as(p).isZero();
                PageResult r2 = as(ADMIN, () -> api.list("demo_vehicle", Map.of("vehicle_type", p)).result());
                assertThat(r2.total()).as(p).isZero();
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).as("latency of " + p).isLessThan(1500);
        }
        assertThat(as(ADMIN, () -> api.list("demo_vehicle", Map.of("owner_name", "注入%")).result()).total()).isZero();
        assertThat(as(ADMIN, () -> api.list("demo_vehicle", Map.of("owner_name", "注入")).result()).total()).isEqualTo(1);
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void hostileIdsAndBodyValuesAre400OrStoredVerbatim() {
        for (String p : List.of("1 or 1=1", "1;drop table demo_vehicle", "0x10", "")) {
            assertThatThrownBy(() -> as(ADMIN, () -> api.get("demo_vehicle", p)))
                    .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
        String evil = "'); drop table demo_vehicle; --";
        String id = as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K88888", evil, 101,
                "remark", "case when 1=1 then id else name end /**/ 😀")).result());
        assertThat(jdbc.queryForObject("SELECT owner_name FROM demo_vehicle WHERE id = ?", String.class, Long.parseLong(id)))
                .isEqualTo(evil);
        assertThat(jdbc.queryForObject("SELECT remark FROM demo_vehicle WHERE id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("case when 1=1 then id else name end /**/ 😀");
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K88889", "x", 101,
                "seats", "1 or sleep(3)"))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private void expect400(Map<String, String> params) {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> as(ADMIN, () -> api.list("demo_vehicle", params)))
                .as(params.toString().substring(0, Math.min(80, params.toString().length())))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1500);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle", Integer.class);
    }
}
