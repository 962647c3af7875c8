package com.yuyang.base.core.job;

import java.time.LocalDateTime;

/**
 * Outcome of one run attempt. {@code SKIPPED} means the job was already running (on this node or, by
 * the lock row, on another) and this attempt did nothing.
 */
public record JobRunResult(String job, Status status, LocalDateTime start, LocalDateTime end, String message) {

    public enum Status { SUCCESS, FAILED, SKIPPED }
}
