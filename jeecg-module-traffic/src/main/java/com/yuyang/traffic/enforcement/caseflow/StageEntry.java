package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.traffic.enforcement.caseflow.api.StageCode;

import java.time.LocalDateTime;
import java.util.List;

/** A row of enforcement_case_stage (internal). */
record StageEntry(long id, long caseId, int entryNo, int seq, StageCode stageCode, String stageName,
                  List<String> roleCodes, String state, LocalDateTime enteredTime, LocalDateTime deadline,
                  LocalDateTime pausedAt, long pausedMillis, LocalDateTime finishedTime, Long finishedBy,
                  boolean overdueWarned) {
}
