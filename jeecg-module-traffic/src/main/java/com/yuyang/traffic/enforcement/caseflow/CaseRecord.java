package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.traffic.enforcement.caseflow.api.StageCode;

import java.time.LocalDateTime;
import java.util.List;

/** A row of enforcement_case as the engine reads it (internal: carries the public code). */
record CaseRecord(long id, long tenantId, String caseNo, String publicCode, long categoryId, Long subjectId,
                  long routeId, long gridId, Long deptId, String source, String content, String plate,
                  List<Long> media, String status, StageCode currentStage, int currentSeq, Long currentStageEntryId,
                  LocalDateTime stageDeadline, boolean paused, Long assigneeId, Long reporterId,
                  LocalDateTime createTime, LocalDateTime closedTime, int version) {

    boolean closed() {
        return "CLOSED".equals(status);
    }
}
