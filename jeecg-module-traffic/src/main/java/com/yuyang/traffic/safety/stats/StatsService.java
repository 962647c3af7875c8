package com.yuyang.traffic.safety.stats;

import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.sampling.SamplingStore;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistics of A7 and the assessment figures of A9. Subjects, inspections and results carry grid_id, so
 * each query restricts them to the caller's grids explicitly (bound parameters) — an inspector only gets
 * figures of their own grids.
 */
@Service
public class StatsService {

    private static final String RESULTS = " FROM safety_inspection_result r JOIN safety_inspection h ON h.id = r.inspection_id"
            + " AND h.del_flag = 0 JOIN safety_subject s ON s.id = r.subject_id WHERE r.del_flag = 0";
    /** The results with their check item's and industry's names (c, i), for figures per item / industry. */
    private static final String NAMED_RESULTS = RESULTS.replace(" WHERE", " LEFT JOIN safety_check_item c ON c.id = r.item_id"
            + " LEFT JOIN safety_industry i ON i.id = s.industry_id WHERE");

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;
    private final OrgDirectory org;
    private final UserDirectory users;

    public StatsService(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes, OrgDirectory org, UserDirectory users) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.org = org;
        this.users = users;
    }

    public record Filter(Long deptId, Long gridId, LocalDate from, LocalDate to) {
    }

    StatsScope scope(Filter f) {
        Set<Long> grids = null;
        if (f.gridId() != null) {
            // a grid filter covers its sub-grids, as the grid tree does everywhere else
            grids = new HashSet<>(org.gridSubtree(f.gridId()));
        }
        Set<Long> depts = f.deptId() == null ? null : org.deptSubtree(f.deptId());
        LocalDate from = f.from() != null ? f.from() : LocalDate.now().withDayOfYear(1);
        LocalDate to = f.to() != null ? f.to() : LocalDate.now();
        if (to.isBefore(from)) {
            throw BizException.badRequest("结束日期不能早于开始日期");
        }
        StatsScope s = StatsScope.of(scopes.resolve(CurrentUser.require()), f.gridId(), grids, depts,
                from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return s;
    }

    public List<Map<String, Object>> subjectsByIndustry(Filter f) {
        StatsScope s = scope(f);
        if (s.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        return query("SELECT s.industry_id, i.name AS industry_name, COUNT(*) AS subjects FROM safety_subject s"
                + " LEFT JOIN safety_industry i ON i.id = s.industry_id WHERE s.del_flag = 0"
                + s.where("s.grid_id", "s.dept_id", p) + " GROUP BY s.industry_id, i.name ORDER BY subjects DESC, s.industry_id", p);
    }

    public List<Map<String, Object>> unqualifiedByIndustry(Filter f) {
        StatsScope s = scope(f);
        if (s.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        return query("SELECT s.industry_id, i.name AS industry_name, r.item_id, c.name AS item_name, COUNT(*) AS unqualified"
                + NAMED_RESULTS + " AND r.result = 'UNQUALIFIED'" + s.where("r.grid_id", "s.dept_id", p) + s.period("h.checked_at", p)
                + " GROUP BY s.industry_id, i.name, r.item_id, c.name ORDER BY s.industry_id, unqualified DESC, r.item_id", p);
    }

    public List<Map<String, Object>> workload(Filter f) {
        StatsScope s = scope(f);
        if (s.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        return withInspectorNames(query("SELECT h.inspector_id, COUNT(*) AS inspections, SUM(h.qualified_count + h.unqualified_count"
                + " + h.ignored_count) AS items_checked, SUM(h.unqualified_count) AS unqualified,"
                + " COUNT(DISTINCT h.subject_id) AS subjects FROM safety_inspection h JOIN safety_subject s ON s.id = h.subject_id"
                + " WHERE h.del_flag = 0" + s.where("h.grid_id", "s.dept_id", p) + s.period("h.checked_at", p)
                + " GROUP BY h.inspector_id ORDER BY inspections DESC, h.inspector_id", p));
    }

    /** Each workload row gets the grid member's name (inspectorName after inspectorId); one directory query. */
    private List<Map<String, Object>> withInspectorNames(List<Map<String, Object>> rows) {
        Map<Long, UserDirectory.UserRef> refs = users.users(rows.stream()
                .map(r -> ((Number) r.get("inspectorId")).longValue()).toList());
        return rows.stream().map(r -> {
            UserDirectory.UserRef u = refs.get(((Number) r.get("inspectorId")).longValue());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("inspectorId", r.get("inspectorId"));
            m.put("inspectorName", u == null ? null : u.realName() != null ? u.realName() : u.username());
            m.putAll(r);
            return m;
        }).toList();
    }

    /** Random-check pass rate: results of SAMPLING inspections, plus dispatched vs done sampling tasks. */
    public Map<String, Object> samplingPassRate(Filter f) {
        StatsScope s = scope(f);
        Map<String, Object> out = new LinkedHashMap<>();
        long qualified = 0;
        long unqualified = 0;
        long tasks = 0;
        long done = 0;
        if (!s.empty()) {
            MapSqlParameterSource p = new MapSqlParameterSource();
            Map<String, Object> r = Rows.camel(jdbc.queryForMap("SELECT COALESCE(SUM(CASE WHEN r.result = 'QUALIFIED' THEN 1 ELSE 0 END), 0)"
                    + " AS qualified, COALESCE(SUM(CASE WHEN r.result = 'UNQUALIFIED' THEN 1 ELSE 0 END), 0) AS unqualified"
                    + RESULTS + " AND h.check_type = 'SAMPLING'" + s.where("r.grid_id", "s.dept_id", p)
                    + s.period("h.checked_at", p), p));
            qualified = ((Number) r.get("qualified")).longValue();
            unqualified = ((Number) r.get("unqualified")).longValue();
            MapSqlParameterSource q = new MapSqlParameterSource();
            Map<String, Object> t = Rows.camel(jdbc.queryForMap("SELECT COUNT(*) AS tasks,"
                    + " COALESCE(SUM(CASE WHEN " + SamplingStore.STATUS + " = 'DONE' THEN 1 ELSE 0 END), 0) AS done"
                    + " FROM safety_sampling_task t"
                    + " JOIN safety_subject s ON s.id = t.subject_id WHERE t.del_flag = 0 AND t.source = 'SAMPLING'"
                    + s.where("t.grid_id", "s.dept_id", q) + s.period("t.create_time", q), q));
            tasks = ((Number) t.get("tasks")).longValue();
            done = ((Number) t.get("done")).longValue();
        }
        out.put("qualified", qualified);
        out.put("unqualified", unqualified);
        out.put("passRate", rate(qualified, unqualified));
        out.put("tasks", tasks);
        out.put("tasksDone", done);
        return out;
    }

    public List<Map<String, Object>> itemPassRate(Filter f, boolean byIndustry) {
        StatsScope s = scope(f);
        if (s.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String group = byIndustry ? "s.industry_id, r.item_id" : "r.item_id";
        String names = byIndustry ? "i.name, c.name" : "c.name";
        String labels = byIndustry ? "i.name AS industry_name, c.name AS item_name" : "c.name AS item_name";
        List<Map<String, Object>> rows = query("SELECT " + group + ", " + labels + ","
                + " SUM(CASE WHEN r.result = 'QUALIFIED' THEN 1 ELSE 0 END) AS qualified,"
                + " SUM(CASE WHEN r.result = 'UNQUALIFIED' THEN 1 ELSE 0 END) AS unqualified" + NAMED_RESULTS
                + s.where("r.grid_id", "s.dept_id", p) + s.period("h.checked_at", p)
                + " GROUP BY " + group + ", " + names + " ORDER BY " + group, p);
        rows.forEach(r -> r.put("passRate", rate(((Number) r.get("qualified")).longValue(),
                ((Number) r.get("unqualified")).longValue())));
        return rows;
    }

    /** Assessment of one month, quarter or year containing {@code date}. */
    public Map<String, Object> assessment(String period, LocalDate date, Long deptId, Long gridId) {
        LocalDate day = date == null ? LocalDate.now() : date;
        LocalDate from = switch (period == null ? "MONTH" : period) {
            case "MONTH" -> day.withDayOfMonth(1);
            case "QUARTER" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case "YEAR" -> day.withDayOfYear(1);
            default -> throw BizException.badRequest("统计周期只能是 MONTH、QUARTER 或 YEAR");
        };
        LocalDate last = switch (period == null ? "MONTH" : period) {
            case "MONTH" -> from.plusMonths(1).minusDays(1);
            case "QUARTER" -> from.plusMonths(3).minusDays(1);
            default -> from.plusYears(1).minusDays(1);
        };
        Filter f = new Filter(deptId, gridId, from, last);
        StatsScope s = scope(f);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", period == null ? "MONTH" : period);
        out.put("from", from.toString());
        out.put("to", last.toString());
        if (s.empty()) {
            out.put("inspections", 0);
            out.put("unqualified", 0);
            out.put("subjectsInspected", 0);
            out.put("subjects", 0);
            out.put("newSubjects", 0);
            out.put("perInspector", List.of());
            return out;
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        out.putAll(Rows.camel(jdbc.queryForMap("SELECT COUNT(*) AS inspections, COALESCE(SUM(h.unqualified_count), 0) AS unqualified,"
                + " COUNT(DISTINCT h.subject_id) AS subjects_inspected FROM safety_inspection h"
                + " JOIN safety_subject s ON s.id = h.subject_id WHERE h.del_flag = 0"
                + s.where("h.grid_id", "s.dept_id", p) + s.period("h.checked_at", p), p)));
        MapSqlParameterSource q = new MapSqlParameterSource();
        q.addValue("to", java.sql.Timestamp.valueOf(s.to));
        q.addValue("fromTs", java.sql.Timestamp.valueOf(s.from));
        out.putAll(Rows.camel(jdbc.queryForMap("SELECT COUNT(*) AS subjects,"
                + " COALESCE(SUM(CASE WHEN s.create_time >= :fromTs THEN 1 ELSE 0 END), 0) AS new_subjects"
                + " FROM safety_subject s WHERE s.del_flag = 0 AND (s.create_time IS NULL OR s.create_time < :to)"
                + s.where("s.grid_id", "s.dept_id", q), q)));
        out.put("perInspector", workload(f));
        return out;
    }

    private List<Map<String, Object>> query(String sql, MapSqlParameterSource p) {
        return Rows.camel(jdbc.queryForList(sql, p));
    }

    private static Double rate(long qualified, long unqualified) {
        long total = qualified + unqualified;
        return total == 0 ? null : Math.round(qualified * 10000.0 / total) / 10000.0;
    }

}
