package com.yuyang.base.core.job;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The job run log (sys_job_log): one row per run, written at start and completed at the end. */
@Component
public class JobRunLog {

    private final JdbcTemplate jdbc;

    public JobRunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long started(String job, String trigger, String node, LocalDateTime start) {
        long id = IdWorker.getId();
        jdbc.update("INSERT INTO sys_job_log (id, job_name, trigger_type, node, start_time, status) VALUES (?, ?, ?, ?, ?, 'RUNNING')",
                id, job, trigger, truncate(node, 128), Timestamp.valueOf(start));
        return id;
    }

    public void finished(long id, JobRunResult result) {
        jdbc.update("UPDATE sys_job_log SET end_time = ?, status = ?, message = ? WHERE id = ?",
                Timestamp.valueOf(result.end()), result.status().name(), truncate(result.message(), 1000), id);
    }

    public void skipped(String job, String trigger, String node, JobRunResult result) {
        jdbc.update("INSERT INTO sys_job_log (id, job_name, trigger_type, node, start_time, end_time, status, message) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'SKIPPED', ?)",
                IdWorker.getId(), job, trigger, truncate(node, 128), Timestamp.valueOf(result.start()),
                Timestamp.valueOf(result.end()), truncate(result.message(), 1000));
    }

    public Optional<JobRunResult> last(String job) {
        List<JobRunResult> rows = jdbc.query(
                "SELECT job_name, status, start_time, end_time, message FROM sys_job_log WHERE job_name = ? "
                        + "ORDER BY start_time DESC LIMIT 1",
                (rs, i) -> {
                    String s = rs.getString("status");
                    Timestamp end = rs.getTimestamp("end_time");
                    return new JobRunResult(rs.getString("job_name"),
                            "RUNNING".equals(s) ? null : JobRunResult.Status.valueOf(s),
                            rs.getTimestamp("start_time").toLocalDateTime(),
                            end == null ? null : end.toLocalDateTime(), rs.getString("message"));
                }, job);
        return rows.stream().findFirst();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
