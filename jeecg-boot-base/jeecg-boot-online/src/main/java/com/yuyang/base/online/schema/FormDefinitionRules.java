package com.yuyang.base.online.schema;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FieldType;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormKind;
import com.yuyang.base.online.metadata.Identifiers;
import com.yuyang.base.online.metadata.IndexDef;
import com.yuyang.base.online.metadata.ManagedColumns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The engine's rules beyond the JSON Schema: identifiers, reserved words, references, consistency. */
public final class FormDefinitionRules {

    /** System tables whose rows may label a field (names only, nothing secret in them). */
    private static final Set<String> DICT_SYSTEM_TABLES = Set.of("sys_dept", "sys_grid", "sys_position", "sys_tenant");

    /**
     * FreeMarker syntax in schema text: the code generator renders schema text only as escaped data, but such
     * text has no business in a form definition, so it is refused outright (an Execute?new() never gets near a template).
     */
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\$\\{|#\\{|</?[#@]|\\[/?[#@]|\\?\\s*(new|api)\\b");

    private FormDefinitionRules() {
    }

    private static void text(List<String> p, String what, String value) {
        if (value != null && TEMPLATE_SYNTAX.matcher(value).find()) {
            p.add(what + " 含有模板语法，不允许");
        }
    }

    public static List<String> check(FormDef def) {
        List<String> p = new ArrayList<>();
        identifier(p, "code", def.code());
        text(p, "title", def.title());
        text(p, "description", def.description());
        identifier(p, "table", def.tableName());
        if (def.tableName().length() > 40) {
            p.add("表名不能超过 40 个字符");
        }
        if (Identifiers.systemTable(def.tableName())) {
            p.add("表名 " + def.tableName() + " 使用了系统保留前缀");
        }
        Set<String> names = new HashSet<>();
        for (FieldDef f : def.fields()) {
            identifier(p, "字段名", f.name());
            if (ManagedColumns.ALL.contains(f.name())) {
                p.add("字段名 " + f.name() + " 由系统维护，不能声明");
            }
            if (!names.add(f.name())) {
                p.add("字段名 " + f.name() + " 重复");
            }
            field(p, f);
        }
        for (FieldDef f : def.fields()) {
            if (f.encrypted() && names.contains(f.hashColumn())) {
                p.add("字段 " + f.name() + "：敏感字段的检索列 " + f.hashColumn() + " 与已声明字段重名");
            }
        }
        Set<String> indexNames = new HashSet<>();
        for (IndexDef ix : def.indexList()) {
            identifier(p, "索引名", ix.name());
            if (!indexNames.add(ix.name())) {
                p.add("索引名 " + ix.name() + " 重复");
            }
            for (String col : ix.fields()) {
                if (!names.contains(col)) {
                    p.add("索引 " + ix.name() + " 引用了未声明的字段 " + col);
                }
            }
        }
        FormKind kind = def.formKind();
        if (kind == FormKind.TREE) {
            if (def.tree() == null || !names.contains(def.tree().labelField())) {
                p.add("树表必须在 tree.labelField 中指定一个已声明的字段");
            }
        } else if (def.tree() != null) {
            p.add("只有树表可以声明 tree");
        }
        if (kind == FormKind.MASTER && def.detailList().isEmpty()) {
            p.add("主表必须在 details 中声明至少一个子表");
        }
        if (kind != FormKind.MASTER && !def.detailList().isEmpty()) {
            p.add("只有主表可以声明 details");
        }
        def.detailList().forEach(d -> {
            identifier(p, "子表编码", d.form());
            identifier(p, "子表外键", d.foreignKey());
            if (d.form().equals(def.code())) {
                p.add("子表不能是自身");
            }
        });
        return p;
    }

    private static void field(List<String> p, FieldDef f) {
        FieldType type = f.fieldType();
        String at = "字段 " + f.name() + "：";
        text(p, at + "label", f.label());
        text(p, at + "pattern", f.pattern());
        text(p, at + "patternMessage", f.patternMessage());
        text(p, at + "defaultValue", f.defaultValue() == null ? null : f.defaultValue().toString());
        if (f.options() != null) {
            f.options().forEach(o -> {
                text(p, at + "options", o.label());
                text(p, at + "options", String.valueOf(o.value()));
            });
        }
        if (f.length() != null && type != FieldType.STRING) {
            p.add(at + "只有 string 类型可以声明 length");
        }
        if ((f.precision() != null || f.scale() != null) && type != FieldType.DECIMAL) {
            p.add(at + "只有 decimal 类型可以声明 precision/scale");
        }
        if (type == FieldType.DECIMAL && f.decimalScale() >= f.decimalPrecision()) {
            p.add(at + "scale 必须小于 precision");
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            p.add(at + "min 不能大于 max");
        }
        if (f.pattern() != null) {
            try {
                Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                p.add(at + "pattern 不是合法的正则表达式");
            }
        }
        if (f.queryMode().name().equals("LIKE") && type != FieldType.STRING && type != FieldType.TEXT) {
            p.add(at + "只有文本字段可以使用 like 查询");
        }
        if (type == FieldType.TEXT && (f.canSort() || f.uniqueValue())) {
            p.add(at + "text 字段不能排序或唯一");
        }
        if (f.encrypted()) {
            if (!FieldDef.SENSITIVE_PHONE.equals(f.sensitive()) && !FieldDef.SENSITIVE_IDCARD.equals(f.sensitive())) {
                p.add(at + "sensitive 只能是 phone 或 idcard");
            }
            if (type != FieldType.STRING) {
                p.add(at + "只有 string 字段可以是敏感字段");
            }
            if (f.name().length() > 58) {
                p.add(at + "敏感字段名不能超过 58 个字符");
            }
            if (f.queryMode().name().equals("LIKE") || f.queryMode().name().equals("RANGE")) {
                p.add(at + "敏感字段加密存储，只支持精确查询（eq）");
            }
            if (f.canSort()) {
                p.add(at + "敏感字段加密存储，不能排序");
            }
            if (f.hasDictionary()) {
                p.add(at + "敏感字段不能绑定字典");
            }
        }
        int dictSources = (f.dict() != null ? 1 : 0) + (f.dictTable() != null ? 1 : 0)
                + (f.options() != null && !f.options().isEmpty() ? 1 : 0);
        if (dictSources > 1) {
            p.add(at + "dict、dictTable、options 只能选一个");
        }
        if (f.dictTable() != null) {
            FieldDef.DictTable t = f.dictTable();
            identifier(p, at + "字典表", t.table());
            identifier(p, at + "字典表显示列", t.label());
            identifier(p, at + "字典表值列", t.value());
            if (t.filter() != null) {
                t.filter().keySet().forEach(k -> identifier(p, at + "字典表过滤列", k));
            }
            if (Identifiers.systemTable(t.table()) && !DICT_SYSTEM_TABLES.contains(t.table())) {
                p.add(at + "字典表 " + t.table() + " 不允许作为字典来源");
            }
        }
    }

    private static void identifier(List<String> p, String what, String name) {
        if (name == null || !name.matches("^[a-z][a-z0-9_]{0,62}$")) {
            p.add(what + " " + name + " 必须是小写字母开头的字母、数字、下划线组合（不超过 63 个字符）");
        } else if (Identifiers.reserved(name)) {
            p.add(what + " " + name + " 是 SQL 保留字");
        }
    }
}
