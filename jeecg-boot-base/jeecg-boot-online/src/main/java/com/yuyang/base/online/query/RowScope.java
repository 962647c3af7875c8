package com.yuyang.base.online.query;

import java.util.Set;

/**
 * Which rows a caller may touch: the tenant (null = no tenant filter) and, for grid-scoped forms, the grids
 * (null = all grids). Applied by {@link OnlineSql} to every statement it builds.
 */
public record RowScope(Long tenantId, Set<Long> gridIds) {

    public boolean allGrids() {
        return gridIds == null;
    }
}
