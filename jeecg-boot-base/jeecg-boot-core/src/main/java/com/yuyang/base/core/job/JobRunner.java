package com.yuyang.base.core.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a job once, whoever triggers it (scheduler, xxl-job, an admin): never twice at the same time on
 * this node (a per-job lock) nor across nodes (the {@link JobLock} row), and always leaves a run-log row.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRegistry registry;
    private final JobLock lock;
    private final JobRunLog runLog;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    public JobRunner(JobRegistry registry, JobLock lock, JobRunLog runLog) {
        this.registry = registry;
        this.lock = lock;
        this.runLog = runLog;
    }

    public boolean isRunningHere(String job) {
        ReentrantLock l = local.get(job);
        return l != null && l.isLocked();
    }

    /** @param trigger SCHEDULE, XXL or MANUAL */
    public JobRunResult run(String job, String trigger) {
        JobDefinition def = registry.find(job).orElseThrow(() -> new IllegalArgumentException("Unknown job " + job));
        ReentrantLock here = local.computeIfAbsent(job, k -> new ReentrantLock());
        if (!here.tryLock()) {
            return skip(job, trigger, "任务正在本节点运行，本次触发已跳过");
        }
        try {
            if (!lock.tryAcquire(job)) {
                return skip(job, trigger, "任务正在其他节点运行，本次触发已跳过");
            }
            try {
                return execute(def, trigger);
            } finally {
                lock.release(job);
            }
        } finally {
            here.unlock();
        }
    }

    private JobRunResult execute(JobDefinition def, String trigger) {
        LocalDateTime start = LocalDateTime.now();
        long logId = runLog.started(def.name(), trigger, lock.node(), start);
        JobRunResult result;
        try {
            String message = def.body().call();
            result = new JobRunResult(def.name(), JobRunResult.Status.SUCCESS, start, LocalDateTime.now(), message);
        } catch (Exception | Error e) {
            Throwable cause = unwrap(e);
            log.error("Job {} failed", def.name(), cause);
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            result = new JobRunResult(def.name(), JobRunResult.Status.FAILED, start, LocalDateTime.now(), message);
        }
        runLog.finished(logId, result);
        return result;
    }

    private JobRunResult skip(String job, String trigger, String why) {
        LocalDateTime now = LocalDateTime.now();
        JobRunResult r = new JobRunResult(job, JobRunResult.Status.SKIPPED, now, now, why);
        if ("MANUAL".equals(trigger)) {
            // a skipped cron tick is normal on a second node; a skipped manual run is worth a trace
            runLog.skipped(job, trigger, lock.node(), r);
        }
        return r;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof UndeclaredThrowableException || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
