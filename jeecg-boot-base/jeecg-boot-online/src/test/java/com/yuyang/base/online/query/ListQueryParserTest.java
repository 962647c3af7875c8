package com.yuyang.base.online.query;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListQueryParserTest {

    final FormDef form = new FormDefinitionReader().read("{\"code\":\"t_car\",\"title\":\"车\",\"gridScoped\":true,\"fields\":["
            + "{\"name\":\"plate\",\"label\":\"车牌\",\"type\":\"string\",\"length\":10,\"query\":\"like\",\"sortable\":true},"
            + "{\"name\":\"kind\",\"label\":\"类型\",\"type\":\"string\",\"query\":\"eq\"},"
            + "{\"name\":\"seats\",\"label\":\"座位\",\"type\":\"int\",\"query\":\"range\"},"
            + "{\"name\":\"seen\",\"label\":\"时间\",\"type\":\"datetime\",\"query\":\"range\"},"
            + "{\"name\":\"secret\",\"label\":\"备注\",\"type\":\"string\"}]}", "t");

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void declaredFiltersBecomeTypedBoundConditions() {
        ListQuery q = ListQueryParser.parse(form, params("plate", "陕K_1%", "kind", "bus", "seats_begin", "5",
                "seen_end", "2026-01-31", "_t", "123", "sort", "plate", "order", "DESC", "pageNo", "3", "pageSize", "20"));
        assertThat(q.conditions()).containsExactly(
                new Condition("plate", Condition.Op.LIKE, "%陕K!_1!%%"),
                new Condition("kind", Condition.Op.EQ, "bus"),
                new Condition("seats", Condition.Op.GE, 5),
                new Condition("seen", Condition.Op.LE, LocalDate.of(2026, 1, 31).atTime(23, 59, 59)));
        assertThat(q.sortColumn()).isEqualTo("plate");
        assertThat(q.ascending()).isFalse();
        assertThat(q.offset()).isEqualTo(40);
        assertThat(ListQueryParser.parse(form, params("seen_begin", "2026-01-01 08:00:00")).conditions().get(0).value())
                .isEqualTo(LocalDateTime.of(2026, 1, 1, 8, 0));
    }

    @Test
    void undeclaredOrDisallowedFiltersAndSortsAre400() {
        for (Map<String, String> p : List.of(params("secret", "x"), params("seats", "5"), params("kind_begin", "a"),
                params("nope", "1"), params("sort", "secret"), params("sort", "plate;drop"), params("order", "up"),
                params("seats_begin", "five"), params("pageSize", "0"), params("pageNo", "-1"),
                params("plate", "x".repeat(501)), params("id and sleep(3)", "1"))) {
            assertThatThrownBy(() -> ListQueryParser.parse(form, p)).as(p.toString())
                    .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void sqlCarriesScopeAndOnlyPlaceholdersForValues() {
        ListQuery q = ListQueryParser.parse(form, params("plate", "' or 1=1 --", "sort", "plate", "order", "asc"));
        RowScope grids = new RowScope(1L, Set.of(101L, 1011L));
        Sql sql = OnlineSql.pageIds(form, q, grids, false);
        assertThat(sql.text()).isEqualTo("SELECT id FROM t_car"
                + " WHERE del_flag = 0 AND tenant_id = :_tenant AND grid_id IN (:_grids) AND plate LIKE :c0 ESCAPE '!'"
                + " ORDER BY plate ASC, id DESC LIMIT :_limit OFFSET :_offset");
        assertThat(sql.params().getValue("c0")).isEqualTo("%' or 1=1 --%");
        assertThat(OnlineSql.pageIds(form, q, grids, true).text()).startsWith("SELECT id, (SELECT change_stamp FROM"
                + " onl_table_change WHERE table_name = :_stamp_table) AS onl_change_stamp FROM t_car WHERE");
        Sql rows = OnlineSql.byIds(form, List.of(3L, 1L), grids);
        assertThat(rows.text()).isEqualTo("SELECT id, plate, kind, seats, seen, secret, grid_id, version, create_by,"
                + " create_time, update_by, update_time FROM t_car WHERE del_flag = 0 AND tenant_id = :_tenant"
                + " AND grid_id IN (:_grids) AND id IN (:_ids)");
        Sql none = OnlineSql.count(form, q, new RowScope(1L, Set.of()));
        assertThat(none.text()).contains("AND 1 = 0");
        Sql all = OnlineSql.count(form, q, new RowScope(1L, null));
        assertThat(all.text()).doesNotContain("grid_id");
    }
}
