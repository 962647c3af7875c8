package com.yuyang.base.online.data;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FieldType;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.ValueCodec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Converts a JDBC row to the API shape: column names as declared, values per field type. */
final class Rows {

    private Rows() {
    }

    static Map<String, Object> toApi(FormDef form, Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            String col = k.toLowerCase(Locale.ROOT);
            FieldType type = form.field(col).map(FieldDef::fieldType).orElse(null);
            out.put(col, type != null ? ValueCodec.toResponse(type, v) : ValueCodec.plain(v));
        });
        return out;
    }
}
