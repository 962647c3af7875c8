package com.yuyang.traffic.safety.sampling;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads what a draw needs from the safety model (subjects, industry items, inspector item bindings), one
 * query each. The caller passes the grid scope explicitly: these statements run on JDBC, outside the
 * MyBatis grid interceptor, so the scope is applied here with bound parameters.
 */
@Component
public class SamplingCatalog {

    private final NamedParameterJdbcTemplate jdbc;

    public SamplingCatalog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Scope of candidate subjects; null collections mean "no restriction"; grids is never null (caller scope). */
    public record Filter(Collection<Long> deptIds, Collection<Long> gridIds, Collection<Long> industryIds) {
    }

    /** Subjects in normal supervision (status 正常/异常/锁止; hidden ones are not yet approved) within the filter. */
    public List<SamplingPlanner.Subject> subjects(Filter f, Map<Long, String> deptPaths) {
        if (f.gridIds() != null && f.gridIds().isEmpty() || f.deptIds() != null && f.deptIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT s.id, s.grid_id, s.dept_id, s.industry_id FROM safety_subject s "
                + "WHERE s.del_flag = 0 AND (s.status IS NULL OR s.status <> 'HIDDEN')");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (f.deptIds() != null) {
            sql.append(" AND s.dept_id IN (:depts)");
            p.addValue("depts", f.deptIds());
        }
        if (f.gridIds() != null) {
            sql.append(" AND s.grid_id IN (:grids)");
            p.addValue("grids", f.gridIds());
        }
        if (f.industryIds() != null) {
            sql.append(" AND s.industry_id IN (:industries)");
            p.addValue("industries", f.industryIds());
        }
        List<SamplingPlanner.Subject> out = new ArrayList<>();
        jdbc.query(sql.toString(), p, rs -> {
            long gridId = rs.getLong(2);
            if (rs.wasNull()) {
                return;
            }
            long dept = rs.getLong(3);
            Long deptId = rs.wasNull() ? null : dept;
            long industry = rs.getLong(4);
            Long industryId = rs.wasNull() ? null : industry;
            out.add(new SamplingPlanner.Subject(rs.getLong(1), gridId, deptId,
                    deptId == null ? null : deptPaths.get(deptId), industryId));
        });
        return out;
    }

    /** Active supervision items per industry (A1: not the self-check ones), ordered by id so a seeded draw is reproducible. */
    public Map<Long, long[]> itemsByIndustry() {
        Map<Long, List<Long>> lists = new HashMap<>();
        jdbc.query("SELECT ii.industry_id, ii.item_id FROM safety_industry_item ii "
                + "JOIN safety_check_item c ON c.id = ii.item_id AND c.del_flag = 0 "
                + "AND (c.status IS NULL OR c.status = 'ACTIVE') WHERE ii.kind = 'SUPERVISION' "
                + "ORDER BY ii.industry_id, ii.item_id", new MapSqlParameterSource(),
                rs -> {
                    lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, long[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    /** Item bindings (A9) of the given users. */
    public Map<Long, Set<Long>> itemsByInspector(Collection<Long> userIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT user_id, item_id FROM safety_inspector_item WHERE user_id IN (:users)",
                new MapSqlParameterSource("users", userIds),
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        return out;
    }

    /** Grid and department of one subject, for escalations. */
    public Map<String, Object> subject(long subjectId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, grid_id, dept_id, industry_id FROM safety_subject "
                + "WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", subjectId));
        return rows.isEmpty() ? null : rows.get(0);
    }
}
