package com.yuyang.base.online.ddl;

import java.util.List;

/**
 * Outcome of one sync: the statements run, the destructive ones still waiting for a confirm, and the
 * backup table holding the old data when a destructive change was applied.
 */
public record SyncReport(String form, String table, int version, String status, List<String> applied,
                         List<String> pending, String backupTable) {

    public static final String APPLIED = "APPLIED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String PENDING_CONFIRM = "PENDING_CONFIRM";
    public static final String FAILED = "FAILED";
}
