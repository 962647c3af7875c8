package com.yuyang.traffic.enforcement.stats;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.traffic.enforcement.support.GridFilter;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B15/B17 statistics over the cases registered in a period (a cohort: every figure of a row belongs to the cases
 * created in that period, class or grid): cases, closed and completion rate, overdue (a stage ran or runs over its
 * time limit), appeals, penalised cases, measures, fine amount, fines out of range; by class, by grid, by
 * month/quarter/year; the high-incidence causes (verification causes, B4) and classes; subjects by type and status.
 * Grid isolation: every statement carries the caller's grids as bound ids ({@link GridFilter}); a grid filter outside
 * them is 403.
 */
@Service
public class EnforcementStatsService {

    public record Filter(LocalDate from, LocalDate to, Long gridId, Long categoryId) {
    }

    private static final String FIGURES = "COUNT(*) AS cases,"
            + " SUM(CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END) AS closed,"
            + " SUM(CASE WHEN EXISTS (SELECT 1 FROM enforcement_case_stage st WHERE st.case_id = c.id AND ((st.state = 'ACTIVE'"
            + "   AND st.paused_at IS NULL AND st.deadline < :now) OR st.finished_time > st.deadline)) THEN 1 ELSE 0 END) AS overdue,"
            + " COALESCE(SUM(ap.n), 0) AS appeals,"
            + " SUM(CASE WHEN me.n > 0 THEN 1 ELSE 0 END) AS penalised_cases,"
            + " COALESCE(SUM(me.n), 0) AS measures,"
            + " COALESCE(SUM(me.amount), 0) AS fine_amount,"
            + " COALESCE(SUM(me.flagged), 0) AS out_of_range";

    private final NamedParameterJdbcTemplate jdbc;
    private final GridFilter grids;
    private final OrgDirectory org;

    public EnforcementStatsService(NamedParameterJdbcTemplate jdbc, GridFilter grids, OrgDirectory org) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.org = org;
    }

    public Map<String, Object> overview(Filter f) {
        Query q = query(f);
        Map<String, Object> out = new LinkedHashMap<>();
        if (q == null) {
            out.put("totals", rate(Map.of("cases", 0L, "closed", 0L)));
            out.put("measuresByType", List.of());
            out.put("appealsByStatus", List.of());
            return out;
        }
        out.put("totals", rate(Rows.camel(jdbc.queryForMap("SELECT " + FIGURES + q.from, q.p))));
        out.put("measuresByType", camel(jdbc.queryForList("SELECT m.measure_type, COUNT(*) AS measures,"
                + " COALESCE(SUM(m.amount), 0) AS amount FROM enforcement_case_measure m JOIN enforcement_case c ON c.id = m.case_id"
                + " LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id"
                + q.where + " AND m.del_flag = 0 GROUP BY m.measure_type ORDER BY m.measure_type", q.p)));
        out.put("appealsByStatus", camel(jdbc.queryForList("SELECT a.status, COUNT(*) AS appeals FROM enforcement_appeal a"
                + " JOIN enforcement_case c ON c.id = a.case_id LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id"
                + q.where + " AND a.del_flag = 0 GROUP BY a.status ORDER BY a.status", q.p)));
        return out;
    }

    public List<Map<String, Object>> byCategory(Filter f) {
        Query q = query(f);
        return q == null ? List.of() : rates(jdbc.queryForList("SELECT c.category_id, cat.name AS category_name,"
                + " major.id AS major_id, major.name AS major_name, " + FIGURES
                + q.from.replace(MAJOR_SLOT, " LEFT JOIN enforcement_case_category major ON major.id = cat.parent_id")
                + " GROUP BY c.category_id, cat.name, major.id, major.name ORDER BY cases DESC, c.category_id", q.p));
    }

    public List<Map<String, Object>> byGrid(Filter f) {
        Query q = query(f);
        if (q == null) {
            return List.of();
        }
        return withGridNames(rates(jdbc.queryForList("SELECT c.grid_id, " + FIGURES + q.from
                + " GROUP BY c.grid_id ORDER BY c.grid_id", q.p)));
    }

    /** Labels each row with its grid's name (gridName right after gridId); one directory query for all rows. */
    private List<Map<String, Object>> withGridNames(List<Map<String, Object>> rows) {
        // sys_grid belongs to the platform: names come through its published directory, never a join
        Map<Long, String> names = org.gridNames(rows.stream().map(r -> (String) r.get("gridId"))
                .filter(Objects::nonNull).map(Long::valueOf).toList());
        return rows.stream().map(r -> {
            String id = (String) r.get("gridId");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gridId", id);
            m.put("gridName", id == null ? null : names.get(Long.valueOf(id)));
            m.putAll(r);
            return m;
        }).toList();
    }

    public List<Map<String, Object>> trend(Filter f, String period) {
        String bucket = switch (period == null ? "MONTH" : period) {
            case "MONTH" -> "MONTH(c.create_time)";
            case "QUARTER" -> "QUARTER(c.create_time)";
            case "YEAR" -> "YEAR(c.create_time)"; // not a literal: GROUP BY 0 would mean "column 0"
            default -> throw BizException.badRequest("统计周期只能是 MONTH、QUARTER 或 YEAR");
        };
        Query q = query(f);
        if (q == null) {
            return List.of();
        }
        List<Map<String, Object>> rows = rates(jdbc.queryForList("SELECT YEAR(c.create_time) AS y, " + bucket + " AS b, "
                + FIGURES + q.from + " GROUP BY YEAR(c.create_time), " + bucket + " ORDER BY y, b", q.p));
        for (Map<String, Object> r : rows) {
            int y = ((Number) r.remove("y")).intValue();
            int b = ((Number) r.remove("b")).intValue();
            String label = switch (period == null ? "MONTH" : period) {
                case "MONTH" -> String.format("%d-%02d", y, b);
                case "QUARTER" -> y + "-Q" + b;
                default -> String.valueOf(y);
            };
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("period", label);
            ordered.putAll(r);
            r.clear();
            r.putAll(ordered);
        }
        return rows;
    }

    /** High-incidence causes: the most frequent verification causes and the classes with most cases (top 10 each). */
    public Map<String, Object> causes(Filter f) {
        Query q = query(f);
        Map<String, Object> out = new LinkedHashMap<>();
        if (q == null) {
            out.put("causes", List.of());
            out.put("categories", List.of());
            return out;
        }
        out.put("causes", camel(jdbc.queryForList("SELECT v.cause, COUNT(DISTINCT v.case_id) AS cases"
                + " FROM enforcement_case_verification v JOIN enforcement_case c ON c.id = v.case_id"
                + " LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id" + q.where
                + " GROUP BY v.cause ORDER BY cases DESC, v.cause LIMIT 10", q.p)));
        out.put("categories", camel(jdbc.queryForList("SELECT c.category_id, cat.name AS category_name, COUNT(*) AS cases"
                + " FROM enforcement_case c LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id" + q.where
                + " GROUP BY c.category_id, cat.name ORDER BY cases DESC, c.category_id LIMIT 10", q.p)));
        return out;
    }

    /** B15: enforced subjects by type and status (within the caller's grids; not limited to the period). */
    public List<Map<String, Object>> subjects(Long gridId) {
        GridFilter.Scope scope = grids.resolve(gridId);
        if (scope.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        return camel(jdbc.queryForList("SELECT s.subject_type, s.status, COUNT(*) AS subjects FROM enforcement_subject s"
                + " WHERE s.del_flag = 0" + scope.and("s.grid_id", p) + " GROUP BY s.subject_type, s.status"
                + " ORDER BY s.subject_type, s.status", p));
    }

    /** The shared FROM/WHERE of the case cohort, or null when the caller's scope is empty. */
    private Query query(Filter f) {
        LocalDate from = f.from() != null ? f.from() : LocalDate.now().withDayOfYear(1);
        LocalDate to = f.to() != null ? f.to() : LocalDate.now();
        if (to.isBefore(from)) {
            throw BizException.badRequest("结束日期不能早于开始日期");
        }
        GridFilter.Scope scope = grids.resolve(f.gridId());
        if (scope.empty()) {
            return null;
        }
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("from", Timestamp.valueOf(from.atStartOfDay()))
                .addValue("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .addValue("now", Timestamp.valueOf(LocalDateTime.now()));
        StringBuilder where = new StringBuilder(" WHERE c.del_flag = 0 AND c.create_time >= :from AND c.create_time < :to");
        where.append(scope.and("c.grid_id", p));
        if (f.categoryId() != null) {
            where.append(" AND (c.category_id = :categoryId OR cat.parent_id = :categoryId)");
            p.addValue("categoryId", f.categoryId());
        }
        String from_ = " FROM enforcement_case c LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id"
                + " LEFT JOIN (SELECT case_id, COUNT(*) AS n FROM enforcement_appeal WHERE del_flag = 0"
                + scope.and("grid_id", p) + " GROUP BY case_id) ap ON ap.case_id = c.id"
                + " LEFT JOIN (SELECT case_id, COUNT(*) AS n, SUM(CASE WHEN measure_type = 'FINE' THEN amount ELSE 0 END) AS amount,"
                + " SUM(out_of_range) AS flagged FROM enforcement_case_measure WHERE del_flag = 0" + scope.and("grid_id", p)
                + " GROUP BY case_id) me ON me.case_id = c.id" + MAJOR_SLOT + where;
        return new Query(from_, where.toString(), p);
    }

    /** Where a query may add the major class's join (replaced by it, or by nothing). */
    private static final String MAJOR_SLOT = " /*major*/";

    private record Query(String from, String where, MapSqlParameterSource p) {
    }

    private static List<Map<String, Object>> camel(List<Map<String, Object>> rows) {
        return Rows.camel(rows).stream().map(EnforcementStatsService::ids).toList();
    }

    private static List<Map<String, Object>> rates(List<Map<String, Object>> rows) {
        return camel(rows).stream().map(EnforcementStatsService::rate).toList();
    }

    /** completionRate = closed / cases (0..1, 4 decimals); ids as strings (JavaScript-safe). */
    private static Map<String, Object> rate(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>(row);
        long cases = number(m.get("cases"));
        long closed = number(m.get("closed"));
        m.put("cases", cases);
        m.put("closed", closed);
        for (String k : List.of("overdue", "appeals", "penalisedCases", "measures", "outOfRange")) {
            if (m.containsKey(k)) {
                m.put(k, number(m.get(k)));
            }
        }
        m.put("completionRate", cases == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(closed).divide(BigDecimal.valueOf(cases), 4, RoundingMode.HALF_UP));
        return m;
    }

    private static Map<String, Object> ids(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>(row);
        m.replaceAll((k, v) -> k.endsWith("Id") && v != null ? String.valueOf(v) : v);
        return m;
    }

    private static long number(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
