package com.yuyang.base.online.data;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FieldType;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.FieldErrors;
import com.yuyang.base.online.query.ValueCodec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submitted row against the form's metadata (type, required, length, pattern, min/max, options)
 * and returns the typed column values to write. Messages are per field and in Chinese; the key prefix lets
 * detail rows report as {@code demo_order_item[2].goods_name}.
 */
public final class RowValidator {

    /** Keys a client may send back unchanged; they are never written from the body. */
    private static final Set<String> IGNORED = Set.of("id", "version", "tenant_id", "del_flag", "create_by",
            "create_time", "update_by", "update_time", "hasChild");

    private RowValidator() {
    }

    /**
     * @param creating  true for an insert: required fields must be present; false: only keys present are written
     * @param extraKeys managed keys the caller handles itself (grid_id, parent_id, detail form codes)
     */
    public static Map<String, Object> columns(FormDef form, Map<String, Object> body, boolean creating,
                                              Set<String> extraKeys, String prefix, FieldErrors errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : body.keySet()) {
            if (form.field(key).isEmpty() && !IGNORED.contains(key) && !extraKeys.contains(key) && !key.endsWith("_dictText")) {
                errors.add(prefix + safe(key), "未知字段：" + safe(key));
            }
        }
        for (FieldDef f : form.fields()) {
            boolean present = body.containsKey(f.name());
            if (!creating && (!present || f.readOnly())) {
                continue;
            }
            Object raw = present ? body.get(f.name()) : f.defaultValue();
            Object value;
            try {
                value = ValueCodec.fromRequest(f, raw);
            } catch (IllegalArgumentException e) {
                errors.add(prefix + f.name(), e.getMessage());
                continue;
            }
            if (value == null) {
                if (f.mandatory()) {
                    errors.add(prefix + f.name(), f.label() + "不能为空");
                } else if (present) {
                    out.put(f.name(), null);
                }
                continue;
            }
            String problem = check(f, value);
            if (problem != null) {
                errors.add(prefix + f.name(), problem);
                continue;
            }
            out.put(f.name(), value);
        }
        return out;
    }

    private static String check(FieldDef f, Object value) {
        if (value instanceof String s) {
            if (f.fieldType() == FieldType.STRING && s.codePointCount(0, s.length()) > f.maxLength()) {
                return f.label() + "长度不能超过" + f.maxLength() + "个字符";
            }
            if (f.fieldType() == FieldType.TEXT && s.length() > 60_000) {
                return f.label() + "内容过长";
            }
            if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(s).matches()) {
                return f.patternMessage() != null ? f.patternMessage() : f.label() + "格式不正确";
            }
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            if (f.min() != null && d.compareTo(f.min()) < 0) {
                return f.label() + "不能小于" + f.min().stripTrailingZeros().toPlainString();
            }
            if (f.max() != null && d.compareTo(f.max()) > 0) {
                return f.label() + "不能大于" + f.max().stripTrailingZeros().toPlainString();
            }
        }
        if (f.options() != null && !f.options().isEmpty()
                && f.options().stream().noneMatch(o -> String.valueOf(o.value()).equals(String.valueOf(value)))) {
            return f.label() + "的取值不在可选范围内";
        }
        return null;
    }

    static String safe(String key) {
        String s = key.replaceAll("[^\\p{L}\\p{N}_\\[\\].]", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
