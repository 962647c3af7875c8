package com.yuyang.base.system.job;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.job.JobDefinition;
import com.yuyang.base.core.job.JobRegistry;
import com.yuyang.base.core.job.JobRunLog;
import com.yuyang.base.core.job.JobRunResult;
import com.yuyang.base.core.job.JobRunner;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "定时任务")
@Validated
@RestController
@RequestMapping("/api/sys/jobs")
public class JobController {

    private final JobRegistry registry;
    private final JobRunner runner;
    private final JobRunLog runLog;
    private final String mode;

    public JobController(JobRegistry registry, JobRunner runner, JobRunLog runLog,
                         @Value("${platform.job.mode:local}") String mode) {
        this.registry = registry;
        this.runner = runner;
        this.runLog = runLog;
        this.mode = mode;
    }

    /** A job as admins see it; {@code lastRun} is null before the first run, its status null while running. */
    public record JobView(String name, String cron, String description, String mode, boolean runningHere, JobRunResult lastRun) {
    }

    @Operation(summary = "任务列表（含 cron 与最近一次运行）")
    @RequiresPermissions("sys:job:list")
    @GetMapping
    public Result<List<JobView>> list() {
        return Result.ok(registry.all().stream().map(this::view).toList());
    }

    @Operation(summary = "立即执行一次任务（同步执行，返回运行结果；任务正在运行时返回 409）")
    @RequiresPermissions("sys:job:run")
    @PostMapping("/{name}/run")
    public Result<JobRunResult> run(
            @PathVariable @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_.-]{0,99}$", message = "任务名称格式不正确") String name) {
        if (registry.find(name).isEmpty()) {
            throw BizException.notFound("任务不存在：" + name);
        }
        JobRunResult r = runner.run(name, "MANUAL");
        if (r.status() == JobRunResult.Status.SKIPPED) {
            throw BizException.conflict(r.message());
        }
        if (r.status() == JobRunResult.Status.FAILED) {
            throw new BizException(500, "任务执行失败：" + r.message(), r);
        }
        return Result.ok("任务执行成功", r);
    }

    private JobView view(JobDefinition d) {
        return new JobView(d.name(), d.cron(), d.description(), mode, runner.isRunningHere(d.name()),
                runLog.last(d.name()).orElse(null));
    }
}
