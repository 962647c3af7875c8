package com.yuyang.base.online.query;

import com.yuyang.base.online.ddl.DdlLogRepository;
import com.yuyang.base.online.ddl.DdlSyncService;
import com.yuyang.base.online.ddl.TableInspector;
import com.yuyang.base.online.ddl.TableChangeStamps;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's keyset batches (sort column, then id descending; NULLs lowest) return exactly the rows of
 * one unbounded ORDER BY, in the same order, for every sortable column and direction, with ties and NULLs
 * spread over batch borders. On H2 in MySQL mode (the embedded default); MariaDB: OnlineExportSortIT.
 */
class ExportKeysetH2Test {

    NamedParameterJdbcTemplate jdbc;
    FormDef form;

    @BeforeEach
    void table() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:keyset" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate plain = new JdbcTemplate(ds);
        plain.execute("CREATE TABLE onl_ddl_log (id BIGINT PRIMARY KEY, form_code VARCHAR(64), table_name VARCHAR(64),"
                + " form_version INT, status VARCHAR(16), statements CLOB, pending CLOB, backup_table VARCHAR(64),"
                + " message VARCHAR(1000), create_by VARCHAR(64), create_time TIMESTAMP)");
        form = new FormDefinitionReader().read("{\"code\":\"ks_car\",\"title\":\"x\",\"fields\":["
                + "{\"name\":\"plate\",\"label\":\"p\",\"type\":\"string\",\"length\":10,\"sortable\":true},"
                + "{\"name\":\"seats\",\"label\":\"s\",\"type\":\"int\",\"sortable\":true,\"query\":\"range\"},"
                + "{\"name\":\"seen\",\"label\":\"d\",\"type\":\"date\",\"sortable\":true}]}", "t");
        TableInspector inspector = new TableInspector(plain);
        new DdlSyncService(plain, inspector, new DdlLogRepository(new NamedParameterJdbcTemplate(plain)),
                new TableChangeStamps(plain, inspector, true))
                .sync(form, false, "t");
        for (int i = 1; i <= 23; i++) {
            plain.update("INSERT INTO ks_car (id, plate, seats, seen) VALUES (?, ?, ?, ?)", i,
                    i % 5 == 0 ? null : "P" + (i % 4), i % 3 == 0 ? null : i % 4,
                    i % 7 == 0 ? null : java.sql.Date.valueOf("2024-01-0" + (1 + i % 3)));
        }
        plain.update("UPDATE ks_car SET del_flag = 1 WHERE id = 11");
        jdbc = new NamedParameterJdbcTemplate(plain);
    }

    @Test
    void keysetBatchesEqualOneOrderedReadForEverySortAndDirection() {
        for (String sort : List.of("", "plate", "seats", "seen", "id")) {
            for (String order : List.of("asc", "desc")) {
                Map<String, String> params = sort.isEmpty() ? Map.of("order", order) : Map.of("sort", sort, "order", order);
                ListQuery q = ListQueryParser.parse(form, params);
                RowScope scope = new RowScope(1L, null);
                ListQuery all = new ListQuery(q.conditions(), q.sortColumn(), q.ascending(), 1, 1000, null);
                Sql one = OnlineSql.pageIds(form, all, scope, false);
                List<Object> expected = jdbc.queryForList(one.text(), one.params()).stream().map(r -> r.get("id")).toList();
                assertThat(expected).hasSize(22);

                List<Object> batched = new ArrayList<>();
                OnlineSql.Keyset after = null;
                for (int guard = 0; guard < 100; guard++) {
                    Sql next = OnlineSql.batchAfter(form, q, scope, after, 4);
                    List<Map<String, Object>> rows = jdbc.queryForList(next.text(), next.params());
                    rows.forEach(r -> batched.add(r.get("id")));
                    if (rows.size() < 4) {
                        break;
                    }
                    Map<String, Object> last = rows.get(rows.size() - 1);
                    after = new OnlineSql.Keyset(last.get(q.sortColumn()), ((Number) last.get("id")).longValue());
                }
                assertThat(batched).as(sort + " " + order).isEqualTo(expected);
            }
        }
    }

    @Test
    void keysetKeepsTheFilters() {
        ListQuery q = ListQueryParser.parse(form, Map.of("seats_begin", "2", "sort", "seen", "order", "desc"));
        Sql first = OnlineSql.batchAfter(form, q, new RowScope(1L, null), null, 100);
        assertThat(jdbc.queryForList(first.text(), first.params()))
                .allSatisfy(r -> assertThat(((Number) r.get("seats")).intValue()).isGreaterThanOrEqualTo(2));
    }
}
