package com.yuyang.server.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.online.data.OnlineQueryService;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P3 list and export on MariaDB: declared indexes carry the scope columns (the list's COUNT is answered from the
 * index), totals stay exact when the COUNT is skipped for a last page, and the export honours sort/order in the
 * same order as the list — with ties and NULLs across its keyset batches.
 */
@DisplayName("P3 measured: scope columns in declared indexes, exact totals without a COUNT on the last page, export in the list order")
class OnlineListAndExportOrderIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OnlineQueryService query;

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void declaredIndexesCarryDelFlagTenantAndGridSoCountsAreCoveredByTheIndex() {
        List<String> cols = jdbc.queryForList("SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'safety_subject' AND index_name = 'ix_safety_subject_industry' ORDER BY seq_in_index", String.class);
        assertThat(cols).containsExactly("industry_id", "del_flag", "tenant_id", "id", "grid_id");
        // not grid-scoped: no grid_id; a unique index stays as declared
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'demo_order_item' AND index_name = 'idx_demo_order_item_order' ORDER BY seq_in_index", String.class))
                .containsExactly("order_id", "del_flag", "tenant_id");
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT COUNT(*) FROM safety_subject FORCE INDEX (ix_safety_subject_industry)"
                + " WHERE del_flag = 0 AND tenant_id = 1 AND grid_id IN (101, 1011) AND industry_id = 30101");
        assertThat(String.valueOf(plan.get(0).get("Extra"))).contains("Using index");
        // the page is read in index order (id is the index's tie-break), no filesort, for any grid scope
        List<Map<String, Object>> page = jdbc.queryForList("EXPLAIN SELECT id FROM safety_subject FORCE INDEX (ix_safety_subject_industry)"
                + " WHERE del_flag = 0 AND tenant_id = 1 AND grid_id IN (101, 1011) AND industry_id = 30101 ORDER BY id DESC LIMIT 10");
        assertThat(String.valueOf(page.get(0).get("Extra"))).doesNotContain("filesort");
    }

    @Test
    void totalsAreExactWhetherOrNotTheCountRuns() {
        Api api = new Api(port);
        String owner = "计数车主" + System.nanoTime() % 100000;
        for (int i = 0; i < 7; i++) {
            Map<String, Object> v = OnlineDataCrudIT.vehicle("陕T" + String.format("%05d", (System.nanoTime() + i) % 100000), owner, 101,
                    "seats", 5);
            assertThat(api.post("/api/online/data/demo_vehicle", "admin", v).status()).isEqualTo(200);
        }
        String base = "/api/online/data/demo_vehicle?owner_name=" + q(owner);
        // last page not full: total = offset + rows (no COUNT); full pages and pages past the end: COUNT
        for (int[] c : new int[][]{{1, 10, 7, 7}, {2, 5, 2, 7}, {1, 7, 7, 7}, {1, 5, 5, 7}, {3, 5, 0, 7}, {8, 1, 0, 7}, {7, 1, 1, 7}}) {
            JsonNode r = api.get(base + "&pageNo=" + c[0] + "&pageSize=" + c[1], "admin").result();
            assertThat(r.path("records").size()).as("page %d size %d", c[0], c[1]).isEqualTo(c[2]);
            assertThat(r.path("total").asLong()).as("page %d size %d", c[0], c[1]).isEqualTo(c[3]);
        }
    }

    @Test
    void exportFollowsTheListOrderForEverySortAndDirection() {
        Api api = new Api(port);
        String owner = "排序车主" + System.nanoTime() % 100000;
        for (int i = 0; i < 23; i++) {
            Map<String, Object> v = new LinkedHashMap<>(OnlineDataCrudIT.vehicle(
                    "陕S" + String.format("%05d", (System.nanoTime() / 1000 + i * 7L) % 100000), owner, i % 2 == 0 ? 101 : 102));
            if (i % 3 != 0) {
                v.put("seats", 1 + i % 4); // ties, and NULLs for every third vehicle
            }
            if (i % 5 != 0) {
                v.put("register_date", "2024-0" + (1 + i % 3) + "-01");
            }
            assertThat(api.post("/api/online/data/demo_vehicle", "admin", v).status()).isEqualTo(200);
        }
        for (String sort : List.of("seats", "register_date", "plate_no", "")) {
            for (String order : List.of("asc", "desc")) {
                String params = "owner_name=" + q(owner) + (sort.isEmpty() ? "" : "&sort=" + sort) + "&order=" + order;
                JsonNode list = api.get("/api/online/data/demo_vehicle?pageSize=1000&" + params, "admin").result();
                List<String> listed = new ArrayList<>();
                list.path("records").forEach(r -> listed.add(r.path("plate_no").asText()));
                assertThat(listed).hasSize(23);
                HttpResponse<byte[]> xlsx = api.bytes("/api/online/data/demo_vehicle/export?" + params, "admin");
                assertThat(xlsx.statusCode()).isEqualTo(200);
                List<Map<Integer, String>> sheet = OnlineExcelIT.readSheet(xlsx.body());
                int plateCol = sheet.get(0).entrySet().stream().filter(e -> "车牌号".equals(e.getValue())).findFirst().orElseThrow().getKey();
                List<String> exported = sheet.subList(1, sheet.size()).stream().map(r -> r.get(plateCol)).toList();
                assertThat(exported).as(sort + " " + order).isEqualTo(listed);
                // the export's keyset batches, small enough that ties and NULLs straddle batch borders
                Map<String, String> p = new LinkedHashMap<>(Map.of("owner_name", owner, "order", order));
                if (!sort.isEmpty()) {
                    p.put("sort", sort);
                }
                List<String> batched = new ArrayList<>();
                OnlineUsers.run(OnlineUsers.ADMIN, () -> query.stream("demo_vehicle", p, 4,
                        rows -> rows.forEach(r -> batched.add(String.valueOf(r.get("plate_no"))))));
                assertThat(batched).as("batches of 4, " + sort + " " + order).isEqualTo(listed);
            }
        }
        assertThat(api.get("/api/online/data/demo_vehicle/export?sort=remark", "admin").status()).isEqualTo(400);
    }
}
