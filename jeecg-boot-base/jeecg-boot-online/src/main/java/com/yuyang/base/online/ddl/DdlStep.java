package com.yuyang.base.online.ddl;

/** One statement of a sync plan; destructive ones (drop, narrow, type change) wait for an explicit confirm. */
public record DdlStep(String sql, boolean destructive, String description) {

    static DdlStep safe(String sql, String description) {
        return new DdlStep(sql, false, description);
    }

    static DdlStep destructive(String sql, String description) {
        return new DdlStep(sql, true, description);
    }
}
