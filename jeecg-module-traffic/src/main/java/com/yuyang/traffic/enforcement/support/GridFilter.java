package com.yuyang.traffic.enforcement.support;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.system.api.OrgDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grid isolation (B13, A9 rules) for enforcement read models that use their own SQL over the engine's tables
 * (docs/enforcement.md, "Read models"): the caller's grids from the platform's {@link DataScopeResolver},
 * narrowed to a requested grid and its sub-grids. A requested grid outside the caller's scope is 403; the
 * fragment is always "alias.grid_id IN (:grids)" with bound numeric ids, never request text.
 */
@Component
public class GridFilter {

    private final DataScopeResolver scopes;
    private final OrgDirectory org;

    public GridFilter(DataScopeResolver scopes, OrgDirectory org) {
        this.scopes = scopes;
        this.org = org;
    }

    /** The grids the caller may read, optionally narrowed to {@code gridId}'s subtree; null = every grid. */
    public Scope resolve(Long gridId) {
        DataScope scope = scopes.resolve(CurrentUser.require());
        if (gridId == null) {
            return new Scope(scope.all() ? null : new TreeSet<>(scope.gridIds()));
        }
        if (!scope.allows(gridId)) {
            throw BizException.forbidden("无权查看该网格的数据");
        }
        Set<Long> grids = new TreeSet<>(org.gridSubtree(gridId));
        grids.add(gridId);
        if (!scope.all()) {
            grids.retainAll(scope.gridIds());
        }
        return new Scope(grids);
    }

    /** Grids of one query; {@code grids == null} means no restriction (administrator-wide scope). */
    public record Scope(Collection<Long> grids) {

        /** Nothing can match (a caller without grids). */
        public boolean empty() {
            return grids != null && grids.isEmpty();
        }

        /** " AND column IN (:grids)" (binding the ids) or "" for an unrestricted scope. */
        public String and(String column, MapSqlParameterSource p) {
            if (grids == null) {
                return "";
            }
            p.addValue("grids", grids);
            return " AND " + column + " IN (:grids)";
        }
    }
}
