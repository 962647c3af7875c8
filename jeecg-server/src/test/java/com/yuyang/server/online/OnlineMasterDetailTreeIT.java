package com.yuyang.server.online;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.data.PageResult;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P3: master–detail saved in one transaction (demo_order + demo_order_item); tree form with lazy children. */
@SuppressWarnings("unchecked")
class OnlineMasterDetailTreeIT extends IntegrationTest {

    @Autowired
    OnlineDataController api;
    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> order(String no, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_no", no);
        body.put("shipper", "榆林煤业");
        body.put("ship_time", "2026-11-20 08:30:00");
        body.put("total_weight", "30.5");
        body.put("demo_order_item", items);
        return body;
    }

    @Test
    void masterAndDetailsAreSavedTogetherAndReadBack() {
        String id = as(ADMIN, () -> api.add("demo_order", order("YD-0001", List.of(
                Map.of("goods_name", "原煤", "quantity", 2, "weight", "20.5"),
                Map.of("goods_name", "焦炭", "quantity", 1, "weight", "10"))))).result();
        Map<String, Object> row = as(ADMIN, () -> api.get("demo_order", id).result());
        assertThat(row.get("ship_time")).isEqualTo("2026-11-20 08:30:00");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) row.get("demo_order_item");
        assertThat(items).extracting(i -> i.get("goods_name")).containsExactly("原煤", "焦炭");
        assertThat(items).allSatisfy(i -> assertThat(i.get("order_id")).isEqualTo(id));

        Map<String, Object> edit = new LinkedHashMap<>(Map.of("version", 0, "shipper", "榆林煤业二公司"));
        edit.put("demo_order_item", List.of(Map.of("goods_name", "兰炭", "quantity", 3)));
        as(ADMIN, () -> api.edit("demo_order", id, edit));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> replaced = (List<Map<String, Object>>) as(ADMIN, () -> api.get("demo_order", id).result())
                .get("demo_order_item");
        assertThat(replaced).extracting(i -> i.get("goods_name")).containsExactly("兰炭");

        as(ADMIN, () -> api.delete("demo_order", id));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_order_item WHERE order_id = ? AND del_flag = 0",
                Integer.class, Long.parseLong(id))).isZero();
    }

    @Test
    void anInvalidDetailRowRejectsTheWholeSaveAndWritesNothing() {
        int orders = jdbc.queryForObject("SELECT COUNT(*) FROM demo_order", Integer.class);
        int items = jdbc.queryForObject("SELECT COUNT(*) FROM demo_order_item", Integer.class);
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_order", order("YD-0002", List.of(
                Map.of("goods_name", "原煤", "quantity", 2),
                Map.of("goods_name", "", "quantity", 0))))))
                .isInstanceOfSatisfying(BizException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat((Map<Object, Object>) e.detail()).containsEntry("demo_order_item[1].goods_name", "货物名称不能为空")
                            .containsEntry("demo_order_item[1].quantity", "数量不能小于1");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_order", Integer.class)).isEqualTo(orders);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_order_item", Integer.class)).isEqualTo(items);
    }

    @Test
    void treeLoadsChildrenLazilyAndRefusesToOrphanThem() {
        String root = as(ADMIN, () -> api.add("demo_road_section", Map.of("name", "包茂高速榆阳段", "road_code", "G65"))).result();
        String child = as(ADMIN, () -> api.add("demo_road_section", Map.of("name", "K100-K120", "parent_id", root))).result();
        as(ADMIN, () -> api.add("demo_road_section", Map.of("name", "K100-K105", "parent_id", child)));

        PageResult roots = as(ADMIN, () -> api.list("demo_road_section", Map.of("parentId", "0", "road_code", "G65")).result());
        assertThat(roots.records()).hasSize(1);
        assertThat(roots.records().get(0).get("hasChild")).isEqualTo(true);
        PageResult level2 = as(ADMIN, () -> api.list("demo_road_section", Map.of("parentId", root)).result());
        assertThat(level2.records()).extracting(r -> r.get("name")).containsExactly("K100-K120");
        assertThat(level2.records().get(0).get("parent_id")).isEqualTo(root);

        assertThatThrownBy(() -> as(ADMIN, () -> api.delete("demo_road_section", root)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.getMessage()).contains("存在下级节点"));
        assertThatThrownBy(() -> as(ADMIN, () -> api.edit("demo_road_section", root, Map.of("parent_id", child, "version", 0))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> as(ADMIN, () -> api.add("demo_road_section", Map.of("name", "孤儿", "parent_id", "12345"))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat((Map<Object, Object>) e.detail()).containsEntry("parent_id", "上级节点不存在"));
    }
}
