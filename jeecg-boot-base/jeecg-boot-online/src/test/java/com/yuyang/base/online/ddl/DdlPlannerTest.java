package com.yuyang.base.online.ddl;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.schema.FormDefinitionReader;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DdlPlannerTest {

    final FormDefinitionReader reader = new FormDefinitionReader();

    FormDef form(String fields) {
        return reader.read("{\"code\":\"t_x\",\"title\":\"x\",\"gridScoped\":true,\"fields\":[" + fields + "]}", "t");
    }

    @Test
    void newTableGetsManagedColumnsAndGridIndex() {
        List<DdlStep> steps = DdlPlanner.plan(form("{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"length\":20}"),
                TableState.absent(), SqlDialect.MARIADB);
        assertThat(steps).extracting(DdlStep::sql).containsExactly(
                "CREATE TABLE t_x (id BIGINT NOT NULL PRIMARY KEY, a VARCHAR(20), tenant_id BIGINT DEFAULT 1 NOT NULL,"
                        + " grid_id BIGINT, version INT DEFAULT 0 NOT NULL, del_flag SMALLINT DEFAULT 0 NOT NULL,"
                        + " create_by VARCHAR(64), create_time DATETIME, update_by VARCHAR(64), update_time DATETIME)",
                "CREATE INDEX ix_t_x_grid ON t_x (grid_id)");
        assertThat(steps).noneMatch(DdlStep::destructive);
    }

    @Test
    void addAndWidenAreSafeDropNarrowAndTypeChangeAreDestructive() {
        Map<String, ColumnType> cols = new LinkedHashMap<>();
        for (String managed : List.of("id", "tenant_id", "grid_id", "version", "del_flag", "create_by", "create_time",
                "update_by", "update_time")) {
            cols.put(managed, new ColumnType(ColumnType.Family.BIGINT, 0, 0));
        }
        cols.put("a", new ColumnType(ColumnType.Family.VARCHAR, 20, 0));
        cols.put("b", new ColumnType(ColumnType.Family.VARCHAR, 50, 0));
        cols.put("c", new ColumnType(ColumnType.Family.INT, 0, 0));
        cols.put("d", new ColumnType(ColumnType.Family.VARCHAR, 10, 0));
        cols.put("gone", new ColumnType(ColumnType.Family.VARCHAR, 10, 0));
        TableState state = new TableState(true, cols, Map.of("ix_t_x_grid", List.of("grid_id"), "ix_old", List.of("a")));
        List<DdlStep> steps = DdlPlanner.plan(form(
                "{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"length\":40},"
                        + "{\"name\":\"b\",\"label\":\"b\",\"type\":\"string\",\"length\":30},"
                        + "{\"name\":\"c\",\"label\":\"c\",\"type\":\"long\"},"
                        + "{\"name\":\"d\",\"label\":\"d\",\"type\":\"int\"},"
                        + "{\"name\":\"e\",\"label\":\"e\",\"type\":\"date\"}"), state, SqlDialect.H2);
        assertThat(steps).filteredOn(s -> !s.destructive()).extracting(DdlStep::sql).containsExactly(
                "ALTER TABLE t_x ADD COLUMN e DATE NULL",
                "ALTER TABLE t_x ALTER COLUMN a SET DATA TYPE VARCHAR(40)",
                "ALTER TABLE t_x ALTER COLUMN c SET DATA TYPE BIGINT",
                "DROP INDEX ix_old");
        assertThat(steps).filteredOn(DdlStep::destructive).extracting(DdlStep::sql).containsExactly(
                "ALTER TABLE t_x ALTER COLUMN b SET DATA TYPE VARCHAR(30)",
                "ALTER TABLE t_x ALTER COLUMN d SET DATA TYPE INT",
                "ALTER TABLE t_x DROP COLUMN gone");
    }

    @Test
    void declaredNonUniqueIndexesCarryTheScopeColumnsSoCountsAreServedByTheIndex() {
        FormDef def = reader.read("{\"code\":\"t_x\",\"title\":\"x\",\"gridScoped\":true,\"fields\":["
                + "{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"length\":20},"
                + "{\"name\":\"b\",\"label\":\"b\",\"type\":\"date\"}],\"indexes\":["
                + "{\"name\":\"ix_t_x_ab\",\"fields\":[\"a\",\"b\"]},"
                + "{\"name\":\"ux_t_x_a\",\"fields\":[\"a\"],\"unique\":true}]}", "t");
        assertThat(DdlPlanner.wantedIndexes(def))
                .containsEntry("ix_t_x_ab", List.of("a", "b", "del_flag", "tenant_id", "id", "grid_id"))
                .containsEntry("ux_t_x_a", List.of("a"));
        // a table synced before this rule: the old two-column index is dropped and re-created once, then stable
        Map<String, ColumnType> cols = new LinkedHashMap<>();
        DdlPlanner.wantedColumns(def, SqlDialect.MARIADB).keySet().forEach(c -> cols.put(c,
                def.field(c).map(ColumnType::declared).orElse(new ColumnType(ColumnType.Family.BIGINT, 0, 0))));
        TableState old = new TableState(true, cols, Map.of("ix_t_x_ab", List.of("a", "b"), "ux_t_x_a", List.of("a"),
                "ix_t_x_grid", List.of("grid_id")));
        assertThat(DdlPlanner.plan(def, old, SqlDialect.MARIADB)).extracting(DdlStep::sql).containsExactly(
                "DROP INDEX ix_t_x_ab ON t_x",
                "CREATE INDEX ix_t_x_ab ON t_x (a, b, del_flag, tenant_id, id, grid_id)");
        TableState now = new TableState(true, cols, DdlPlanner.wantedIndexes(def));
        assertThat(DdlPlanner.plan(def, now, SqlDialect.MARIADB)).isEmpty();
    }
}
