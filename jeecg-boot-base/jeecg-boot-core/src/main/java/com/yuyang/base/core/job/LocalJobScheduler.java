package com.yuyang.base.core.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code platform.job.mode=local} (default): every registered job on Spring's in-process cron scheduler.
 * The cron is evaluated in the platform's time zone (Asia/Shanghai).
 */
@Component
@ConditionalOnProperty(name = "platform.job.mode", havingValue = "local", matchIfMissing = true)
public class LocalJobScheduler implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalJobScheduler.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JobRegistry registry;
    private final JobRunner runner;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();

    public LocalJobScheduler(JobRegistry registry, JobRunner runner) {
        this.registry = registry;
        this.runner = runner;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("platform-job-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
    }

    @Override
    public void afterSingletonsInstantiated() {
        registry.all().forEach(this::schedule);
        log.info("Local job scheduler started with {} job(s)", scheduled.size());
    }

    public void schedule(JobDefinition def) {
        ScheduledFuture<?> f = scheduler.schedule(() -> runner.run(def.name(), "SCHEDULE"), new CronTrigger(def.cron(), ZONE));
        ScheduledFuture<?> old = scheduled.put(def.name(), f);
        if (old != null) {
            old.cancel(false);
        }
    }

    public void unschedule(String name) {
        ScheduledFuture<?> f = scheduled.remove(name);
        if (f != null) {
            f.cancel(false);
        }
    }

    @Override
    public void destroy() {
        scheduled.values().forEach(f -> f.cancel(false));
        scheduler.shutdown();
    }
}
