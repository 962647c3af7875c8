package com.yuyang.base.online.query;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FieldType;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.ManagedColumns;
import com.yuyang.base.online.metadata.QueryMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads list parameters against the form's metadata. Decision: a parameter that names no declared filter
 * is refused with 400 (a typo or probe should not silently return everything); parameters starting with
 * "_" (cache busters such as _t) are ignored. Values are typed here and later bound, never spliced.
 */
public final class ListQueryParser {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final int MAX_VALUE_LENGTH = 500;
    private static final Set<String> CONTROL = Set.of("pageNo", "pageSize", "sort", "order", "parentId");
    private static final Set<String> SORTABLE_MANAGED = Set.of(ManagedColumns.ID, ManagedColumns.CREATE_TIME,
            ManagedColumns.UPDATE_TIME);

    private ListQueryParser() {
    }

    public static ListQuery parse(FormDef form, Map<String, String> params) {
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            if (name.startsWith("_") || CONTROL.contains(name) || value == null || value.isBlank()) {
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw FieldErrors.single(safe(name), "查询条件过长");
            }
            conditions.add(condition(form, name, value));
        }
        String sort = params.getOrDefault("sort", "");
        String sortColumn = ManagedColumns.ID;
        if (!sort.isBlank()) {
            boolean ok = SORTABLE_MANAGED.contains(sort)
                    || form.fields().stream().anyMatch(f -> f.name().equals(sort) && f.canSort());
            if (!ok) {
                throw FieldErrors.single("sort", "不支持按该字段排序");
            }
            sortColumn = sort;
        }
        String order = params.getOrDefault("order", "");
        boolean asc;
        if (order.isBlank()) {
            asc = !sort.isBlank();
        } else if (order.equalsIgnoreCase("asc") || order.equalsIgnoreCase("desc")) {
            asc = order.equalsIgnoreCase("asc");
        } else {
            throw FieldErrors.single("order", "排序方向只能是 asc 或 desc");
        }
        int pageNo = intParam(params, "pageNo", 1, 1, 1_000_000);
        int pageSize = intParam(params, "pageSize", 10, 1, MAX_PAGE_SIZE);
        Long parentId = null;
        if (form.formKind() == FormKind.TREE && params.get("parentId") != null && !params.get("parentId").isBlank()) {
            parentId = (long) longParam(params.get("parentId"), "parentId");
        }
        return new ListQuery(conditions, sortColumn, asc, pageNo, pageSize, parentId);
    }

    private static Condition condition(FormDef form, String name, String value) {
        FieldDef exact = form.field(name).orElse(null);
        if (exact != null && (exact.queryMode() == QueryMode.EQ || exact.queryMode() == QueryMode.LIKE)) {
            Object typed = typed(exact, value);
            if (exact.queryMode() == QueryMode.LIKE) {
                return new Condition(exact.name(), Condition.Op.LIKE, "%" + escapeLike(value.trim()) + "%");
            }
            return new Condition(exact.name(), Condition.Op.EQ, typed);
        }
        for (String suffix : List.of("_begin", "_end")) {
            if (name.endsWith(suffix)) {
                FieldDef f = form.field(name.substring(0, name.length() - suffix.length())).orElse(null);
                if (f != null && f.queryMode() == QueryMode.RANGE) {
                    Object typed = typed(f, value);
                    if (suffix.equals("_end") && f.fieldType() == FieldType.DATETIME && value.trim().length() == 10) {
                        typed = ((java.time.LocalDate) typed(dateOf(f), value)).atTime(23, 59, 59);
                    }
                    return new Condition(f.name(), suffix.equals("_begin") ? Condition.Op.GE : Condition.Op.LE, typed);
                }
            }
        }
        throw FieldErrors.single(safe(name), "不支持的查询参数：" + safe(name));
    }

    private static Object typed(FieldDef f, String value) {
        try {
            if (f.fieldType() == FieldType.DATETIME && value.trim().length() == 10) {
                return ((java.time.LocalDate) ValueCodec.fromRequest(dateOf(f), value)).atStartOfDay();
            }
            return ValueCodec.fromRequest(f, value);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.single(f.name(), e.getMessage());
        }
    }

    private static FieldDef dateOf(FieldDef f) {
        return new FieldDef(f.name(), f.label(), "date", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static int intParam(Map<String, String> params, String name, int dflt, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        long n = longParam(v, name);
        if (n < min || n > max) {
            throw FieldErrors.single(name, name + " 必须在 " + min + " 到 " + max + " 之间");
        }
        return (int) n;
    }

    private static long longParam(String v, String name) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw FieldErrors.single(name, name + " 必须是整数");
        }
    }

    /** A parameter name echoed in a message: short and printable only. */
    private static String safe(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}_]", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

}
