package com.yuyang.traffic.enforcement.app;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.LocalDateTime;

/** One case of the enforcer's own lists ("my cases", overdue). */
public record MyCaseRow(String id, String caseNo, String category, String subjectName, String plate, String currentStage,
                        String currentStageName,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime stageDeadline, boolean overdue,
                        boolean paused, @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
                        int version) {
}
