package com.yuyang.base.online.query;

import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.Identifiers;
import com.yuyang.base.online.metadata.ManagedColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds every statement of the generic data API. Identifiers come only from the (validated) form
 * definition, values only as named parameters, and every statement carries the row scope: not deleted,
 * the caller's tenant and, for grid-scoped forms, {@code grid_id IN (:grids)}.
 */
public final class OnlineSql {

    private OnlineSql() {
    }

    public static List<String> selectColumns(FormDef f) {
        List<String> cols = new ArrayList<>();
        cols.add(ManagedColumns.ID);
        if (f.formKind() == FormKind.TREE) {
            cols.add(ManagedColumns.PARENT_ID);
        }
        f.fields().forEach(x -> cols.add(x.name()));
        if (f.gridScopedTable()) {
            cols.add(ManagedColumns.GRID_ID);
        }
        cols.addAll(List.of(ManagedColumns.VERSION, ManagedColumns.CREATE_BY, ManagedColumns.CREATE_TIME,
                ManagedColumns.UPDATE_BY, ManagedColumns.UPDATE_TIME));
        return cols;
    }

    public static Sql page(FormDef f, ListQuery q, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, q, scope, p);
        String order = Identifiers.quoteFree(q.sortColumn()) + (q.ascending() ? " ASC" : " DESC")
                + (q.sortColumn().equals(ManagedColumns.ID) ? "" : ", id DESC");
        p.addValue("_limit", q.pageSize()).addValue("_offset", q.offset());
        return new Sql("SELECT " + columns(f) + " FROM " + table(f) + where + " ORDER BY " + order
                + " LIMIT :_limit OFFSET :_offset", p);
    }

    public static Sql count(FormDef f, ListQuery q, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return new Sql("SELECT COUNT(*) FROM " + table(f) + where(f, q, scope, p), p);
    }

    /** Rows in batches ordered by id, for streaming exports. */
    public static Sql batchAfter(FormDef f, ListQuery q, RowScope scope, Long afterId, int batch) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, q, scope, p);
        if (afterId != null) {
            where += " AND id > :_after";
            p.addValue("_after", afterId);
        }
        p.addValue("_limit", batch);
        return new Sql("SELECT " + columns(f) + " FROM " + table(f) + where + " ORDER BY id ASC LIMIT :_limit", p);
    }

    public static Sql byId(FormDef f, long id, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("_id", id);
        return new Sql("SELECT " + columns(f) + " FROM " + table(f) + scoped(f, scope, p) + " AND id = :_id", p);
    }

    public static Sql byColumn(FormDef f, String column, Object value, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("_v", value);
        return new Sql("SELECT " + columns(f) + " FROM " + table(f) + scoped(f, scope, p) + " AND "
                + Identifiers.quoteFree(column) + " = :_v ORDER BY id", p);
    }

    /** Duplicate check of a unique field within the tenant, across all grids. */
    public static Sql countValue(FormDef f, String column, Object value, Long tenantId, Long exceptId) {
        MapSqlParameterSource p = new MapSqlParameterSource("_v", value).addValue("_except", exceptId == null ? -1L : exceptId);
        String tenant = tenantId != null && f.tenantFiltered() ? " AND tenant_id = :_tenant" : "";
        p.addValue("_tenant", tenantId);
        return new Sql("SELECT COUNT(*) FROM " + table(f) + " WHERE del_flag = 0" + tenant + " AND "
                + Identifiers.quoteFree(column) + " = :_v AND id <> :_except", p);
    }

    public static Sql countChildren(FormDef f, long parentId) {
        return new Sql("SELECT COUNT(*) FROM " + table(f) + " WHERE del_flag = 0 AND parent_id = :_pid",
                new MapSqlParameterSource("_pid", parentId));
    }

    public static Sql insert(FormDef f, Map<String, Object> values) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> cols = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            cols.add(Identifiers.quoteFree(e.getKey()));
            holders.add(":v" + i);
            p.addValue("v" + i, e.getValue());
            i++;
        }
        return new Sql("INSERT INTO " + table(f) + " (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", holders) + ")", p);
    }

    /** Optimistic update: matches only the given version; bumps it. */
    public static Sql update(FormDef f, long id, int version, Map<String, Object> values, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("_id", id).addValue("_version", version);
        List<String> sets = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sets.add(Identifiers.quoteFree(e.getKey()) + " = :v" + i);
            p.addValue("v" + i, e.getValue());
            i++;
        }
        sets.add("version = version + 1");
        return new Sql("UPDATE " + table(f) + " SET " + String.join(", ", sets) + scoped(f, scope, p)
                + " AND id = :_id AND version = :_version", p);
    }

    public static Sql softDelete(FormDef f, Collection<Long> ids, String user, Object now, RowScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("_ids", ids).addValue("_user", user).addValue("_now", now);
        return new Sql("UPDATE " + table(f) + " SET del_flag = 1, version = version + 1, update_by = :_user,"
                + " update_time = :_now" + scoped(f, scope, p) + " AND id IN (:_ids)", p);
    }

    public static Sql softDeleteByColumn(FormDef f, String column, Object value, String user, Object now) {
        MapSqlParameterSource p = new MapSqlParameterSource("_v", value).addValue("_user", user).addValue("_now", now);
        return new Sql("UPDATE " + table(f) + " SET del_flag = 1, version = version + 1, update_by = :_user,"
                + " update_time = :_now WHERE del_flag = 0 AND " + Identifiers.quoteFree(column) + " = :_v", p);
    }

    private static String where(FormDef f, ListQuery q, RowScope scope, MapSqlParameterSource p) {
        StringBuilder sb = new StringBuilder(scoped(f, scope, p));
        int i = 0;
        for (Condition c : q.conditions()) {
            String name = "c" + i++;
            sb.append(" AND ").append(Identifiers.quoteFree(c.column())).append(' ').append(c.op().sql).append(" :").append(name);
            if (c.op() == Condition.Op.LIKE) {
                sb.append(" ESCAPE '!'");
            }
            p.addValue(name, c.value());
        }
        if (q.parentId() != null) {
            sb.append(" AND parent_id = :_pid");
            p.addValue("_pid", q.parentId());
        }
        return sb.toString();
    }

    private static String scoped(FormDef f, RowScope scope, MapSqlParameterSource p) {
        StringBuilder sb = new StringBuilder(" WHERE del_flag = 0");
        if (f.tenantFiltered() && scope.tenantId() != null) {
            sb.append(" AND tenant_id = :_tenant");
            p.addValue("_tenant", scope.tenantId());
        }
        if (f.gridScopedTable() && !scope.allGrids()) {
            if (scope.gridIds().isEmpty()) {
                sb.append(" AND 1 = 0");
            } else {
                sb.append(" AND grid_id IN (:_grids)");
                p.addValue("_grids", scope.gridIds());
            }
        }
        return sb.toString();
    }

    private static String columns(FormDef f) {
        return String.join(", ", selectColumns(f).stream().map(Identifiers::quoteFree).toList());
    }

    private static String table(FormDef f) {
        return Identifiers.quoteFree(f.tableName());
    }

}
