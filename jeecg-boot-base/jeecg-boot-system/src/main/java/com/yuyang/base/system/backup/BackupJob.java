package com.yuyang.base.system.backup;

import com.yuyang.base.core.job.PlatformJob;
import org.springframework.stereotype.Component;

/** The scheduled backup (C1): nightly by default, {@code platform.backup.cron} to change it. */
@Component
public class BackupJob {

    public static final String NAME = "databaseBackup";

    private final BackupService backups;

    public BackupJob(BackupService backups) {
        this.backups = backups;
    }

    @PlatformJob(name = NAME, cron = "${platform.backup.cron:0 30 2 * * *}", description = "数据库逻辑备份（全量 SQL）")
    public String run() {
        BackupFile f = backups.backup();
        return "备份完成：" + f.name() + "（" + f.sizeBytes() + " 字节）";
    }
}
