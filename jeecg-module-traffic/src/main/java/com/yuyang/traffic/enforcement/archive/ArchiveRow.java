package com.yuyang.traffic.enforcement.archive;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One case of the archive list and export (no sensitive value: the subject's phone and ID number never appear). */
public record ArchiveRow(String id, String caseNo, String majorCategory, String category, String subjectName,
                         String plate, String gridId, String gridName, String source, String status, String currentStage,
                         String currentStageName,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime stageDeadline, boolean overdue,
                         String assigneeId, String assigneeName,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime closedTime,
                         int measureCount, BigDecimal fineTotal, boolean outOfRange, int appeals) {
}
