package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.job.JobDefinition;
import com.yuyang.base.core.job.JobLock;
import com.yuyang.base.core.job.JobRegistry;
import com.yuyang.base.core.job.JobRunResult;
import com.yuyang.base.core.job.JobRunner;
import com.yuyang.base.core.job.LocalJobScheduler;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.yuyang.server.platform.DictIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P7 / issue 2 item 10: one job abstraction run by the in-process scheduler (default and test profiles),
 * manual runs by admins, a run log, and never two runs of a job at once (on a node, nor across nodes).
 */
class JobIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JobRegistry registry;
    @Autowired
    JobRunner runner;
    @Autowired
    JobLock lock;
    @Autowired
    LocalJobScheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(http);
    }

    private static String newName() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private int logRows(String job, String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_job_log WHERE job_name = ? AND status = ?", Integer.class, job, status);
    }

    @Test
    void theLocalSchedulerRunsAJobOnItsCronAndLogsEachRun() throws Exception {
        String name = newName();
        AtomicInteger runs = new AtomicInteger();
        JobDefinition def = new JobDefinition(name, "* * * * * *", "每秒计数", () -> "第 " + runs.incrementAndGet() + " 次");
        registry.register(def);
        scheduler.schedule(def);
        try {
            long deadline = System.currentTimeMillis() + 8_000;
            while (runs.get() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            scheduler.unschedule(name);
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        Thread.sleep(300);
        assertThat(logRows(name, "SUCCESS")).isEqualTo(runs.get());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_job_log WHERE job_name = ? AND trigger_type = 'SCHEDULE'",
                Integer.class, name)).isEqualTo(runs.get());
    }

    @Test
    void theBackupJobIsRegisteredWithItsCronAndAnAdminSeesTheJobList() {
        assertThat(registry.find("databaseBackup")).hasValueSatisfying(d -> assertThat(d.cron()).isEqualTo("0 30 2 * * *"));
        AdminApi.Response r = api.get("/api/sys/jobs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode backup = null;
        for (JsonNode j : r.result()) {
            if ("databaseBackup".equals(j.path("name").asText())) {
                backup = j;
            }
        }
        assertThat(backup).isNotNull();
        assertThat(backup.path("cron").asText()).isEqualTo("0 30 2 * * *");
        assertThat(backup.path("mode").asText()).isEqualTo("local");
        assertThat(backup.path("description").asText()).contains("备份");
    }

    @Test
    void anAdminRunsAJobNowAndSeesItsLastRun() {
        String name = newName();
        registry.register(new JobDefinition(name, "0 0 3 * * *", "手动任务", () -> "完成"));
        AdminApi.Response r = api.post("/api/sys/jobs/" + name + "/run", null);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.result().path("status").asText()).isEqualTo("SUCCESS");
        assertThat(r.result().path("message").asText()).isEqualTo("完成");
        assertThat(logRows(name, "SUCCESS")).isEqualTo(1);

        JsonNode listed = null;
        for (JsonNode j : api.get("/api/sys/jobs").result()) {
            if (name.equals(j.path("name").asText())) {
                listed = j;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("lastRun").path("status").asText()).isEqualTo("SUCCESS");
        assertThat(listed.path("lastRun").path("end").isNull()).isFalse();
    }

    @Test
    void aFailingJobIsLoggedAsFailedAndTheManualRunSaysSo() {
        String name = newName();
        registry.register(new JobDefinition(name, "0 0 3 * * *", "会失败", () -> {
            throw new IllegalStateException("磁盘已满");
        }));
        AdminApi.Response r = api.post("/api/sys/jobs/" + name + "/run", null);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.message()).contains("任务执行失败").contains("磁盘已满");
        assertThat(logRows(name, "FAILED")).isEqualTo(1);
    }

    @Test
    void aJobNeverRunsTwiceAtTheSameTimeOnOneNode() throws Exception {
        String name = newName();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        registry.register(new JobDefinition(name, "0 0 3 * * *", "长任务", () -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            started.countDown();
            release.await(20, TimeUnit.SECONDS);
            concurrent.decrementAndGet();
            return "ok";
        }));
        CompletableFuture<JobRunResult> first = CompletableFuture.supplyAsync(() -> runner.run(name, "SCHEDULE"));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(runner.run(name, "SCHEDULE").status()).isEqualTo(JobRunResult.Status.SKIPPED);
        AdminApi.Response manual = api.post("/api/sys/jobs/" + name + "/run", null);
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.message()).contains("正在");

        release.countDown();
        assertThat(first.get(20, TimeUnit.SECONDS).status()).isEqualTo(JobRunResult.Status.SUCCESS);
        assertThat(maxConcurrent.get()).isEqualTo(1);
        assertThat(logRows(name, "SUCCESS")).isEqualTo(1);
        assertThat(logRows(name, "SKIPPED")).isEqualTo(1);
    }

    @Test
    void theLockRowKeepsASecondInstanceFromRunningTheSameJob() {
        String name = newName();
        AtomicInteger runs = new AtomicInteger();
        registry.register(new JobDefinition(name, "0 0 3 * * *", "互斥任务", () -> "run " + runs.incrementAndGet()));

        // another instance holds the lease
        assertThat(lock.tryAcquire(name, "other-node")).isTrue();
        JobRunResult skipped = runner.run(name, "SCHEDULE");
        assertThat(skipped.status()).isEqualTo(JobRunResult.Status.SKIPPED);
        assertThat(skipped.message()).contains("其他节点");
        assertThat(runs.get()).isZero();
        // and nobody can take a held lease
        assertThat(lock.tryAcquire(name, "third-node")).isFalse();

        lock.release(name, "other-node");
        assertThat(runner.run(name, "SCHEDULE").status()).isEqualTo(JobRunResult.Status.SUCCESS);
        assertThat(runs.get()).isEqualTo(1);
        // the run released its lease
        assertThat(jdbc.queryForObject("SELECT locked_by FROM sys_job_lock WHERE job_name = ?", String.class, name)).isNull();
    }

    @Test
    void unknownOrMalformedJobNamesAreRejected() {
        assertThat(api.post("/api/sys/jobs/noSuchJob/run", null).status()).isEqualTo(404);
        assertBad(api.post("/api/sys/jobs/9bad!/run", null), "任务名称格式不正确");
    }
}
