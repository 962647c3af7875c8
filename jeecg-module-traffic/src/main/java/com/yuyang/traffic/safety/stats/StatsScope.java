package com.yuyang.traffic.safety.stats;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.exception.BizException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filter of one statistics request: the caller's grid scope (A9 isolation) intersected with the requested
 * grid, the requested unit (its whole department subtree) and the period. Produces SQL fragments with named,
 * bound parameters only; the column owners are fixed aliases chosen by the queries, never request text.
 */
final class StatsScope {

    /** Grids the figures may cover; null = every grid (administrator-wide scope without a grid filter). */
    private final Collection<Long> grids;
    private final Collection<Long> depts;
    final LocalDateTime from;
    final LocalDateTime to;

    private StatsScope(Collection<Long> grids, Collection<Long> depts, LocalDateTime from, LocalDateTime to) {
        this.grids = grids;
        this.depts = depts;
        this.from = from;
        this.to = to;
    }

    static StatsScope of(DataScope scope, Long gridId, Set<Long> grids, Set<Long> deptSubtree, LocalDateTime from,
                         LocalDateTime to) {
        Collection<Long> effective;
        if (gridId != null) {
            if (!scope.allows(gridId)) {
                throw BizException.forbidden("无权查看该网格的统计数据");
            }
            effective = new TreeSet<>(grids);
            if (!scope.all()) {
                effective.retainAll(scope.gridIds());
            }
        } else {
            effective = scope.all() ? null : new TreeSet<>(scope.gridIds());
        }
        return new StatsScope(effective, deptSubtree, from, to);
    }

    /** Nothing can match: a scoped caller without grids, or an empty unit. */
    boolean empty() {
        return grids != null && grids.isEmpty() || depts != null && depts.isEmpty();
    }

    /** "AND gridAlias.grid_id IN (:grids) AND deptAlias.dept_id IN (:depts)" as needed. */
    String where(String gridColumn, String deptColumn, MapSqlParameterSource p) {
        StringBuilder sb = new StringBuilder();
        if (grids != null) {
            sb.append(" AND ").append(gridColumn).append(" IN (:grids)");
            p.addValue("grids", grids);
        }
        if (depts != null) {
            sb.append(" AND ").append(deptColumn).append(" IN (:depts)");
            p.addValue("depts", depts);
        }
        return sb.toString();
    }

    String period(String timeColumn, MapSqlParameterSource p) {
        p.addValue("from", Timestamp.valueOf(from));
        p.addValue("to", Timestamp.valueOf(to));
        return " AND " + timeColumn + " >= :from AND " + timeColumn + " < :to";
    }
}
