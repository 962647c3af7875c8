package com.yuyang.base.core.job;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The cross-instance lock of a job: one row per job in sys_job_lock, taken by a conditional update that
 * only succeeds when the lease is free or expired. The lease bounds the damage of a node dying mid-run.
 */
@Component
public class JobLock {

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final String node;

    public JobLock(JdbcTemplate jdbc, @Value("${platform.job.lock-lease-minutes:60}") long leaseMinutes) {
        this.jdbc = jdbc;
        this.lease = Duration.ofMinutes(leaseMinutes);
        // unique per process, also across restarts of the same host
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "#" + Long.toString(IdWorker.getId(), 36);
    }

    public String node() {
        return node;
    }

    public boolean tryAcquire(String job) {
        return tryAcquire(job, node);
    }

    /** Takes the lease for {@code owner}; package-visible owner for tests that play a second instance. */
    public boolean tryAcquire(String job, String owner) {
        ensureRow(job);
        LocalDateTime now = LocalDateTime.now();
        int taken = jdbc.update("UPDATE sys_job_lock SET locked_by = ?, locked_until = ? "
                        + "WHERE job_name = ? AND (locked_until IS NULL OR locked_until < ?)",
                owner, Timestamp.valueOf(now.plus(lease)), job, Timestamp.valueOf(now));
        return taken == 1;
    }

    public void release(String job) {
        release(job, node);
    }

    public void release(String job, String owner) {
        jdbc.update("UPDATE sys_job_lock SET locked_by = NULL, locked_until = NULL WHERE job_name = ? AND locked_by = ?",
                job, owner);
    }

    private void ensureRow(String job) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM sys_job_lock WHERE job_name = ?", Integer.class, job);
        if (n == null || n == 0) {
            try {
                jdbc.update("INSERT INTO sys_job_lock (job_name) VALUES (?)", job);
            } catch (DuplicateKeyException raced) {
                // another node inserted it first: fine
            }
        }
    }
}
