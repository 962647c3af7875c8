package com.yuyang.base.online.data;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormHooks;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.base.online.metadata.ManagedColumns;
import com.yuyang.base.online.query.FieldErrors;
import com.yuyang.base.online.query.OnlineSql;
import com.yuyang.base.online.query.RowScope;
import com.yuyang.base.online.query.Sql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes of the generic data API. Everything is validated before the first statement; a master row and its
 * detail rows are written in one transaction; updates are optimistic (stale version → 409); deletes are
 * logical and limited to the caller's scope.
 */
@Service
public class OnlineWriteService {

    private final FormRegistry forms;
    private final NamedParameterJdbcTemplate jdbc;
    private final GridScopes scopes;
    private final OnlineQueryService reader;
    private final FormHooks hooks;
    private final SensitiveFields sensitive;

    public OnlineWriteService(FormRegistry forms, NamedParameterJdbcTemplate jdbc, GridScopes scopes,
                              OnlineQueryService reader, FormHooks hooks, SensitiveFields sensitive) {
        this.sensitive = sensitive;
        this.forms = forms;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.reader = reader;
        this.hooks = hooks;
    }

    @Transactional
    public long create(String code, Map<String, Object> body) {
        FormDef form = forms.runtime(code);
        LoginUser user = CurrentUser.require();
        FieldErrors errors = new FieldErrors();
        Map<String, Object> values = RowValidator.columns(form, body, true, extraKeys(form), "", errors);
        Map<FormDef.DetailLink, List<Map<String, Object>>> details = details(form, body, errors);
        if (form.gridScopedTable()) {
            values.put(ManagedColumns.GRID_ID, gridFor(user, body.get(ManagedColumns.GRID_ID), errors));
        }
        if (form.formKind() == FormKind.TREE) {
            values.put(ManagedColumns.PARENT_ID, parentFor(form, user, body.get(ManagedColumns.PARENT_ID), null, errors));
        }
        errors.throwIfAny();
        unique(form, values, user, null);
        hooks.of(form).forEach(h -> h.beforeAdd(form, values));
        long id = insert(form, values, user);
        details.forEach((link, rows) -> insertDetails(link, rows, id, user));
        hooks.of(form).forEach(h -> h.afterAdd(form, id, values));
        return id;
    }

    @Transactional
    public void update(String code, long id, Map<String, Object> body) {
        FormDef form = forms.runtime(code);
        LoginUser user = CurrentUser.require();
        RowScope scope = scopes.of(form, user);
        FieldErrors errors = new FieldErrors();
        if (SensitiveFields.any(form)) {
            // a masked value sent back unchanged by an edit form means "keep the stored number"
            Map<String, Object> current = reader.find(form, id, scope).orElse(null);
            if (current != null) {
                body = new LinkedHashMap<>(body);
                sensitive.dropUnchangedMasks(form, body, current);
            }
        }
        Object rawVersion = body.get(ManagedColumns.VERSION);
        Integer version = null;
        try {
            version = rawVersion == null ? null : Integer.valueOf(rawVersion.toString().trim());
        } catch (NumberFormatException e) {
            errors.add("version", "版本号必须是整数");
        }
        if (rawVersion == null) {
            errors.add("version", "版本号不能为空");
        }
        Map<String, Object> values = RowValidator.columns(form, body, false, extraKeys(form), "", errors);
        Map<FormDef.DetailLink, List<Map<String, Object>>> details = details(form, body, errors);
        if (form.gridScopedTable() && body.containsKey(ManagedColumns.GRID_ID)) {
            values.put(ManagedColumns.GRID_ID, gridFor(user, body.get(ManagedColumns.GRID_ID), errors));
        }
        if (form.formKind() == FormKind.TREE && body.containsKey(ManagedColumns.PARENT_ID)) {
            values.put(ManagedColumns.PARENT_ID, parentFor(form, user, body.get(ManagedColumns.PARENT_ID), id, errors));
        }
        errors.throwIfAny();
        if (reader.find(form, id, scope).isEmpty()) {
            throw BizException.notFound("数据不存在或无权访问");
        }
        unique(form, values, user, id);
        hooks.of(form).forEach(h -> h.beforeEdit(form, id, values));
        values.put(ManagedColumns.UPDATE_BY, user.username());
        values.put(ManagedColumns.UPDATE_TIME, now());
        Map<String, Object> stored = new LinkedHashMap<>(values);
        sensitive.seal(form, stored);
        Sql sql = OnlineSql.update(form, id, version, stored, scope);
        if (jdbc.update(sql.text(), sql.params()) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        details.forEach((link, rows) -> {
            FormDef detail = forms.runtime(link.form());
            Sql del = OnlineSql.softDeleteByColumn(detail, link.foreignKey(), id, user.username(), now());
            jdbc.update(del.text(), del.params());
            insertDetails(link, rows, id, user);
        });
        hooks.of(form).forEach(h -> h.afterEdit(form, id, values));
    }

    @Transactional
    public int delete(String code, Collection<Long> ids) {
        FormDef form = forms.runtime(code);
        LoginUser user = CurrentUser.require();
        if (ids.isEmpty()) {
            throw FieldErrors.single("ids", "请选择要删除的数据");
        }
        if (ids.size() > 1000) {
            throw FieldErrors.single("ids", "一次最多删除 1000 条");
        }
        RowScope scope = scopes.of(form, user);
        for (Long id : ids) {
            if (reader.find(form, id, scope).isEmpty()) {
                throw BizException.notFound("数据不存在或无权访问");
            }
            if (form.formKind() == FormKind.TREE) {
                Sql children = OnlineSql.countChildren(form, id);
                Long n = jdbc.queryForObject(children.text(), children.params(), Long.class);
                if (n != null && n > 0 && !ids.containsAll(childIds(form, id))) {
                    throw BizException.badRequest("存在下级节点，不能删除");
                }
            }
            hooks.of(form).forEach(h -> h.beforeDelete(form, id));
        }
        Sql sql = OnlineSql.softDelete(form, ids, user.username(), now(), scope);
        int n = jdbc.update(sql.text(), sql.params());
        for (FormDef.DetailLink link : form.detailList()) {
            FormDef detail = forms.runtime(link.form());
            for (Long id : ids) {
                Sql del = OnlineSql.softDeleteByColumn(detail, link.foreignKey(), id, user.username(), now());
                jdbc.update(del.text(), del.params());
            }
        }
        ids.forEach(id -> hooks.of(form).forEach(h -> h.afterDelete(form, id)));
        return n;
    }

    private List<Long> childIds(FormDef form, long id) {
        Sql sql = OnlineSql.byColumn(form, ManagedColumns.PARENT_ID, id, new RowScope(null, null));
        return jdbc.queryForList(sql.text(), sql.params()).stream()
                .map(r -> ((Number) r.get(r.keySet().iterator().next())).longValue()).toList();
    }

    private long insert(FormDef form, Map<String, Object> values, LoginUser user) {
        long id = IdWorker.getId();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(ManagedColumns.ID, id);
        row.putAll(values);
        row.put(ManagedColumns.TENANT_ID, user.tenantId());
        row.put(ManagedColumns.VERSION, 0);
        row.put(ManagedColumns.DEL_FLAG, 0);
        row.put(ManagedColumns.CREATE_BY, user.username());
        row.put(ManagedColumns.CREATE_TIME, now());
        sensitive.seal(form, row);
        Sql sql = OnlineSql.insert(form, row);
        jdbc.update(sql.text(), sql.params());
        return id;
    }

    private void insertDetails(FormDef.DetailLink link, List<Map<String, Object>> rows, long masterId, LoginUser user) {
        FormDef detail = forms.runtime(link.form());
        for (Map<String, Object> values : rows) {
            values.put(link.foreignKey(), masterId);
            insert(detail, values, user);
        }
    }

    /** Validates the detail lists present in the body (keyed by detail form code); errors as code[i].field. */
    private Map<FormDef.DetailLink, List<Map<String, Object>>> details(FormDef form, Map<String, Object> body,
                                                                       FieldErrors errors) {
        Map<FormDef.DetailLink, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (FormDef.DetailLink link : form.detailList()) {
            if (!body.containsKey(link.form())) {
                continue;
            }
            if (!(body.get(link.form()) instanceof List<?> list)) {
                errors.add(link.form(), "子表数据必须是数组");
                continue;
            }
            if (list.size() > 1000) {
                errors.add(link.form(), "子表最多 1000 行");
                continue;
            }
            FormDef detail = forms.runtime(link.form());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> m)) {
                    errors.add(link.form() + "[" + i + "]", "子表行必须是对象");
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) m);
                row.put(link.foreignKey(), 0L); // the master's id, set on insert; never taken from the client
                rows.add(RowValidator.columns(detail, row, true, Set.of(link.foreignKey()), link.form() + "[" + i + "].", errors));
            }
            out.put(link, rows);
        }
        return out;
    }

    private Set<String> extraKeys(FormDef form) {
        Set<String> keys = new HashSet<>();
        if (form.gridScopedTable()) {
            keys.add(ManagedColumns.GRID_ID);
        }
        if (form.formKind() == FormKind.TREE) {
            keys.add(ManagedColumns.PARENT_ID);
        }
        form.detailList().forEach(d -> keys.add(d.form()));
        return keys;
    }

    /** The grid of a new/moved row: must be inside the caller's scope (403 otherwise). */
    private Long gridFor(LoginUser user, Object raw, FieldErrors errors) {
        DataScope scope = scopes.dataScope(user);
        if (raw == null || raw.toString().isBlank()) {
            if (!scope.all() && scope.gridIds().size() == 1) {
                return scope.gridIds().iterator().next();
            }
            errors.add(ManagedColumns.GRID_ID, "所属网格不能为空");
            return null;
        }
        long grid;
        try {
            grid = Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            errors.add(ManagedColumns.GRID_ID, "所属网格格式不正确");
            return null;
        }
        if (!scope.allows(grid)) {
            throw BizException.forbidden("无权在该网格下操作数据");
        }
        return grid;
    }

    private Long parentFor(FormDef form, LoginUser user, Object raw, Long self, FieldErrors errors) {
        if (raw == null || raw.toString().isBlank() || raw.toString().trim().equals("0")) {
            return 0L;
        }
        long parent;
        try {
            parent = Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            errors.add(ManagedColumns.PARENT_ID, "上级节点格式不正确");
            return null;
        }
        RowScope scope = scopes.of(form, user);
        Long cursor = parent;
        for (int depth = 0; cursor != null && cursor != 0 && depth < 100; depth++) {
            if (self != null && cursor.longValue() == self) {
                errors.add(ManagedColumns.PARENT_ID, "上级节点不能是自身或其下级");
                return null;
            }
            Map<String, Object> node = reader.find(form, cursor, scope).orElse(null);
            if (node == null) {
                errors.add(ManagedColumns.PARENT_ID, "上级节点不存在");
                return null;
            }
            cursor = Long.parseLong(String.valueOf(node.get(ManagedColumns.PARENT_ID)));
        }
        return parent;
    }

    private void unique(FormDef form, Map<String, Object> values, LoginUser user, Long exceptId) {
        FieldErrors errors = new FieldErrors();
        for (FieldDef f : form.fields()) {
            if (f.uniqueValue() && values.get(f.name()) != null) {
                Sql sql = f.encrypted()
                        ? OnlineSql.countValue(form, f.hashColumn(), sensitive.hash(f, values.get(f.name())), user.tenantId(), exceptId)
                        : OnlineSql.countValue(form, f.name(), values.get(f.name()), user.tenantId(), exceptId);
                Long n = jdbc.queryForObject(sql.text(), sql.params(), Long.class);
                if (n != null && n > 0) {
                    errors.add(f.name(), f.label() + "已存在");
                }
            }
        }
        errors.throwIfAny();
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
