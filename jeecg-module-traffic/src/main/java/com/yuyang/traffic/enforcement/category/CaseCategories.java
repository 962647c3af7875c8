package com.yuyang.traffic.enforcement.category;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the case categories (B1) for the engine and other enforcement features (fine range of a
 * minor class for B9). The rows are maintained through the online form enforcement_case_category.
 */
@Component
public class CaseCategories {

    private final JdbcTemplate jdbc;

    public CaseCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseCategory> find(long id) {
        List<CaseCategory> rows = jdbc.query("SELECT id, parent_id, name, code, level, fine_min, fine_max"
                + " FROM enforcement_case_category WHERE id = ? AND del_flag = 0", (rs, i) -> new CaseCategory(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7)), id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every minor class, major class name first, for the route editor. */
    public List<java.util.Map<String, Object>> minorClasses() {
        return jdbc.query("SELECT c.id, c.name, c.code, p.id AS major_id, p.name AS major_name FROM enforcement_case_category c"
                + " LEFT JOIN enforcement_case_category p ON p.id = c.parent_id AND p.del_flag = 0"
                + " WHERE c.del_flag = 0 AND c.level = 'MINOR' ORDER BY p.sort_no, p.id, c.sort_no, c.id", (rs, i) -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("categoryId", String.valueOf(rs.getLong(1)));
            m.put("name", rs.getString(2));
            m.put("code", rs.getString(3));
            Object major = rs.getObject(4);
            m.put("majorId", major == null ? null : String.valueOf(major));
            m.put("majorName", rs.getString(5));
            return m;
        });
    }
}
