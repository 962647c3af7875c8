package com.yuyang.base.online.ddl;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.IndexDef;
import com.yuyang.base.online.metadata.ManagedColumns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a form definition with the table the database holds and lists the statements that bring the
 * table in line: create, add column, widen (safe) and drop/narrow/type change (destructive). Pure: no I/O.
 */
public final class DdlPlanner {

    private DdlPlanner() {
    }

    public static List<DdlStep> plan(FormDef def, TableState state, SqlDialect dialect) {
        String t = def.tableName();
        Map<String, String> wanted = wantedColumns(def, dialect);
        Map<String, List<String>> wantedIndexes = wantedIndexes(def);
        List<DdlStep> steps = new ArrayList<>();
        if (!state.exists()) {
            List<String> cols = new ArrayList<>();
            wanted.forEach((name, type) -> cols.add(name + " " + type));
            steps.add(DdlStep.safe("CREATE TABLE " + t + " (" + String.join(", ", cols) + ")", "创建表 " + t));
            wantedIndexes.forEach((name, cols2) -> steps.add(createIndex(def, t, name, cols2)));
            return steps;
        }
        wanted.forEach((name, type) -> {
            if (!state.columns().containsKey(name)) {
                String nullable = type.contains("NOT NULL") ? type : type + " NULL";
                steps.add(DdlStep.safe("ALTER TABLE " + t + " ADD COLUMN " + name + " " + nullable, "新增字段 " + name));
            }
        });
        for (FieldDef f : def.fields()) {
            ColumnType existing = state.columns().get(f.name());
            if (existing == null) {
                continue;
            }
            String sql = dialect.modifyColumn(t, f.name(), dialect.columnType(f));
            switch (existing.changeTo(ColumnType.declared(f))) {
                case WIDEN -> steps.add(DdlStep.safe(sql, "加宽字段 " + f.name()));
                case NARROW -> steps.add(DdlStep.destructive(sql, "收窄或改变字段类型 " + f.name() + "（可能截断数据）"));
                case NONE -> { }
            }
        }
        for (String col : state.columns().keySet()) {
            if (!wanted.containsKey(col) && !ManagedColumns.ALL.contains(col)) {
                steps.add(DdlStep.destructive("ALTER TABLE " + t + " DROP COLUMN " + col, "删除字段 " + col));
            }
        }
        state.indexes().forEach((name, cols) -> {
            List<String> want = wantedIndexes.get(name);
            if (want == null || !want.equals(cols)) {
                steps.add(DdlStep.safe(dialect.dropIndex(t, name), "删除索引 " + name));
            }
        });
        wantedIndexes.forEach((name, cols) -> {
            if (!cols.equals(state.indexes().get(name))) {
                steps.add(createIndex(def, t, name, cols));
            }
        });
        return steps;
    }

    /** Column name → type clause, managed columns included, in table order. */
    static Map<String, String> wantedColumns(FormDef def, SqlDialect dialect) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put(ManagedColumns.ID, "BIGINT NOT NULL PRIMARY KEY");
        if (def.formKind() == FormKind.TREE) {
            cols.put(ManagedColumns.PARENT_ID, "BIGINT DEFAULT 0 NOT NULL");
        }
        for (FieldDef f : def.fields()) {
            cols.put(f.name(), dialect.columnType(f));
            if (f.encrypted()) {
                cols.put(f.hashColumn(), "VARCHAR(64)");
            }
        }
        cols.put(ManagedColumns.TENANT_ID, "BIGINT DEFAULT 1 NOT NULL");
        if (def.gridScopedTable()) {
            cols.put(ManagedColumns.GRID_ID, "BIGINT");
        }
        cols.put(ManagedColumns.VERSION, "INT DEFAULT 0 NOT NULL");
        cols.put(ManagedColumns.DEL_FLAG, "SMALLINT DEFAULT 0 NOT NULL");
        cols.put(ManagedColumns.CREATE_BY, "VARCHAR(64)");
        cols.put(ManagedColumns.CREATE_TIME, dialect.datetime());
        cols.put(ManagedColumns.UPDATE_BY, "VARCHAR(64)");
        cols.put(ManagedColumns.UPDATE_TIME, dialect.datetime());
        return cols;
    }

    /**
     * Declared indexes plus the managed ones the engine's own filters need. Every statement of the engine
     * carries {@code del_flag = 0}, {@code tenant_id = ?} and (grid-scoped forms) {@code grid_id IN (...)}:
     * a declared non-unique index gets these columns appended so that the list's COUNT is answered from the
     * index alone instead of one row read per match (measured: docs/performance.md, online section).
     * Unique indexes stay as declared (appending would change what is unique).
     */
    static Map<String, List<String>> wantedIndexes(FormDef def) {
        Map<String, List<String>> ix = new LinkedHashMap<>();
        for (IndexDef i : def.indexList()) {
            // an index over a sensitive field indexes its blind index (the ciphertext is random per value)
            List<String> cols = new ArrayList<>(i.fields().stream()
                    .map(c -> def.field(c).filter(FieldDef::encrypted).map(FieldDef::hashColumn).orElse(c)).toList());
            if (!i.uniqueIndex()) {
                cols.addAll(scopeColumns(def));
            }
            ix.put(i.name(), List.copyOf(cols));
        }
        if (def.gridScopedTable()) {
            ix.put("ix_" + def.tableName() + "_grid", List.of(ManagedColumns.GRID_ID));
        }
        if (def.formKind() == FormKind.TREE) {
            List<String> cols = new ArrayList<>(List.of(ManagedColumns.PARENT_ID));
            cols.addAll(scopeColumns(def));
            ix.put("ix_" + def.tableName() + "_parent", List.copyOf(cols));
        }
        return ix;
    }

    /**
     * The managed columns of the row scope appended to a declared index: {@code del_flag} and {@code tenant_id}
     * (constants in every statement), then for grid-scoped forms {@code id, grid_id}. {@code id} comes before
     * {@code grid_id} on purpose: after the declared columns and the constants the index is then in id order,
     * the list's tie-break, so {@code ORDER BY <declared column>, id} is read in index order without a filesort
     * for every caller (all grids, several grids or one), while {@code grid_id} is still in the index for covered
     * counts and index-condition filtering. (Without grid-scoping InnoDB appends the id itself.)
     */
    static List<String> scopeColumns(FormDef def) {
        List<String> cols = new ArrayList<>(List.of(ManagedColumns.DEL_FLAG));
        if (def.tenantFiltered()) {
            cols.add(ManagedColumns.TENANT_ID);
        }
        if (def.gridScopedTable()) {
            cols.add(ManagedColumns.ID);
            cols.add(ManagedColumns.GRID_ID);
        }
        return cols;
    }

    private static DdlStep createIndex(FormDef def, String table, String name, List<String> cols) {
        boolean unique = def.indexList().stream().anyMatch(i -> i.name().equals(name) && i.uniqueIndex());
        return DdlStep.safe("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table
                + " (" + String.join(", ", cols) + ")", "创建索引 " + name);
    }
}
