package com.yuyang.base.system.backup;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.job.JobRunResult;
import com.yuyang.base.core.job.JobRunner;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "数据备份")
@RestController
@RequestMapping("/api/sys/backups")
public class BackupController {

    private final BackupService backups;
    private final JobRunner runner;

    public BackupController(BackupService backups, JobRunner runner) {
        this.backups = backups;
        this.runner = runner;
    }

    @Operation(summary = "备份文件列表（新的在前）")
    @RequiresPermissions("sys:backup:list")
    @GetMapping
    public Result<List<BackupFile>> list() {
        return Result.ok(backups.list());
    }

    @Operation(summary = "立即备份（经由备份任务执行，与定时备份互斥）")
    @RequiresPermissions("sys:backup:run")
    @PostMapping
    public Result<BackupFile> run() {
        JobRunResult r = runner.run(BackupJob.NAME, "MANUAL");
        switch (r.status()) {
            case SKIPPED -> throw BizException.conflict("备份正在进行中，请稍后再试");
            case FAILED -> throw new BizException(500, "备份失败：" + r.message());
            default -> {
                return Result.ok("备份完成", backups.list().get(0));
            }
        }
    }
}
