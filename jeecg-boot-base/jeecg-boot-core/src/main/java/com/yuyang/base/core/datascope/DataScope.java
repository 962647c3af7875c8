package com.yuyang.base.core.datascope;

import java.util.Set;

/**
 * What rows of grid-scoped tables a caller may see: all of them, or those whose grid id is in the set
 * (the user's grids and their sub-grids, or the grids of the department a leader heads).
 */
public record DataScope(boolean all, Set<Long> gridIds) {

    public static DataScope everything() {
        return new DataScope(true, Set.of());
    }

    public static DataScope grids(Set<Long> gridIds) {
        return new DataScope(false, Set.copyOf(gridIds));
    }

    public boolean allows(Long gridId) {
        return all || (gridId != null && gridIds.contains(gridId));
    }
}
