package com.yuyang.base.online.data;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormHooks;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.base.online.metadata.ManagedColumns;
import com.yuyang.base.online.metadata.OnlineFormHook;
import com.yuyang.base.online.query.ListQuery;
import com.yuyang.base.online.query.ListQueryParser;
import com.yuyang.base.online.query.OnlineSql;
import com.yuyang.base.online.query.RowScope;
import com.yuyang.base.online.query.Sql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads of the generic data API: list page, one row (with its details), tree children, export batches. */
@Service
public class OnlineQueryService {

    private final FormRegistry forms;
    private final NamedParameterJdbcTemplate jdbc;
    private final GridScopes scopes;
    private final DictLabels dicts;
    private final FormHooks hooks;
    private final SensitiveFields sensitive;
    private final ListTotals totals;

    public OnlineQueryService(FormRegistry forms, NamedParameterJdbcTemplate jdbc, GridScopes scopes,
                              DictLabels dicts, FormHooks hooks, SensitiveFields sensitive, ListTotals totals) {
        this.sensitive = sensitive;
        this.totals = totals;
        this.forms = forms;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.dicts = dicts;
        this.hooks = hooks;
    }

    public PageResult page(String code, Map<String, String> params) {
        FormDef form = forms.runtime(code);
        Map<String, String> p = new LinkedHashMap<>(params);
        hooks.of(form).forEach(h -> h.beforeQuery(form, p));
        ListQuery q = sensitive.blind(form, ListQueryParser.parse(form, p));
        RowScope scope = scopes.of(form, CurrentUser.require());
        boolean stamped = totals.stamped(form);
        Sql pageIds = OnlineSql.pageIds(form, q, scope, stamped);
        List<Long> ids = new ArrayList<>(q.pageSize());
        String[] stamp = {null};
        jdbc.query(pageIds.text(), pageIds.params(), (ResultSet rs) -> {
            ids.add(rs.getLong(1));
            if (stamped) {
                stamp[0] = ListTotals.stamp(rs.getBigDecimal(2));
            }
        });
        List<Map<String, Object>> rows = inListOrder(form, ids, scope);
        long total;
        if (ids.size() < q.pageSize() && (!ids.isEmpty() || q.offset() == 0)) {
            // a page that is not full is the last one: the total follows exactly, no COUNT needed
            total = q.offset() + ids.size();
        } else {
            total = totals.total(form, q, scope, stamp[0]);
        }
        decorate(form, rows);
        return new PageResult(rows, total, q.pageNo(), q.pageSize());
    }

    /** Step 2 of a page: the rows of the ids, in the ids' (list) order; a row deleted in between is left out. */
    private List<Map<String, Object>> inListOrder(FormDef form, List<Long> ids, RowScope scope) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        Sql sql = OnlineSql.byIds(form, ids, scope);
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> r : jdbc.query(sql.text(), sql.params(), Rows.apiMapper(form))) {
            byId.put(String.valueOf(r.get(ManagedColumns.ID)), r);
        }
        List<Map<String, Object>> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Map<String, Object> r = byId.get(String.valueOf(id));
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** One row by id within the caller's scope (404 outside it); a master row carries its detail rows. */
    public Map<String, Object> get(String code, long id) {
        FormDef form = forms.runtime(code);
        LoginUser user = CurrentUser.require();
        Map<String, Object> row = find(form, id, scopes.of(form, user))
                .orElseThrow(() -> BizException.notFound("数据不存在或无权访问"));
        List<Map<String, Object>> one = new ArrayList<>(List.of(row));
        decorate(form, one);
        for (FormDef.DetailLink link : form.detailList()) {
            FormDef detail = forms.runtime(link.form());
            Sql sql = OnlineSql.byColumn(detail, link.foreignKey(), id, scopes.of(detail, user));
            List<Map<String, Object>> items = new ArrayList<>(jdbc.query(sql.text(), sql.params(), Rows.apiMapper(detail)));
            decorate(detail, items);
            row.put(detail.code(), items);
        }
        return row;
    }

    java.util.Optional<Map<String, Object>> find(FormDef form, long id, RowScope scope) {
        Sql sql = OnlineSql.byId(form, id, scope);
        return jdbc.query(sql.text(), sql.params(), Rows.apiMapper(form)).stream().findFirst();
    }

    /** Validates list parameters without running anything (a bad filter must fail before a download starts). */
    public void check(String code, Map<String, String> params) {
        ListQueryParser.parse(forms.runtime(code), params);
    }

    /**
     * Streams all rows matching the filters in the list's order ({@code sort}/{@code order} honoured), in
     * fixed-size keyset batches: memory is bounded by the batch, not by the table.
     */
    public void stream(String code, Map<String, String> params, int batch, Consumer<List<Map<String, Object>>> sink) {
        FormDef form = forms.runtime(code);
        ListQuery q = sensitive.blind(form, ListQueryParser.parse(form, params));
        RowScope scope = scopes.of(form, CurrentUser.require());
        OnlineSql.Keyset after = null;
        while (true) {
            Sql sql = OnlineSql.batchAfter(form, q, scope, after, batch);
            List<Map<String, Object>> raw = jdbc.queryForList(sql.text(), sql.params());
            if (raw.isEmpty()) {
                return;
            }
            Map<String, Object> last = raw.get(raw.size() - 1);
            after = new OnlineSql.Keyset(column(last, q.sortColumn()), ((Number) column(last, "id")).longValue());
            List<Map<String, Object>> rows = new ArrayList<>(raw.size());
            raw.forEach(r -> rows.add(Rows.toApi(form, r)));
            sensitive.reveal(form, rows);
            dicts.translate(form, rows);
            sink.accept(rows);
            if (raw.size() < batch) {
                return;
            }
        }
    }

    /** A column of a JDBC row map (the driver may report names in upper case). */
    private static Object column(Map<String, Object> row, String name) {
        if (row.containsKey(name)) {
            return row.get(name);
        }
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void decorate(FormDef form, List<Map<String, Object>> rows) {
        sensitive.reveal(form, rows);
        dicts.translate(form, rows);
        if (form.formKind() == FormKind.TREE && !rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> Long.parseLong(String.valueOf(r.get("id")))).toList();
            Map<Long, Long> counts = new HashMap<>();
            jdbc.query("SELECT parent_id, COUNT(*) AS n FROM " + com.yuyang.base.online.metadata.Identifiers.quoteFree(form.tableName()) + " WHERE del_flag = 0 AND parent_id IN (:ids)"
                    + " GROUP BY parent_id", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
            rows.forEach(r -> r.put("hasChild", counts.getOrDefault(Long.parseLong(String.valueOf(r.get("id"))), 0L) > 0));
        }
        for (OnlineFormHook h : hooks.of(form)) {
            h.afterQuery(form, rows);
        }
    }
}
