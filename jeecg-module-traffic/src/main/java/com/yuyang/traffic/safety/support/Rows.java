package com.yuyang.traffic.safety.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JDBC rows as JSON-friendly maps: snake_case columns (any case, H2 or MariaDB) become camelCase keys. */
public final class Rows {

    private Rows() {
    }

    public static List<Map<String, Object>> camel(List<Map<String, Object>> rows) {
        return rows.stream().map(Rows::camel).toList();
    }

    public static Map<String, Object> camel(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(camel(k), v));
        return m;
    }

    public static String camel(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : c.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }
}
