package com.yuyang.base.system.backup;

import java.time.LocalDateTime;

/** A backup file in the backup folder. */
public record BackupFile(String name, long sizeBytes, LocalDateTime createdAt) {
}
