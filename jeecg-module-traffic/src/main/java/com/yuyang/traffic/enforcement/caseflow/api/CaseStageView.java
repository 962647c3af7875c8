package com.yuyang.traffic.enforcement.caseflow.api;

import java.time.LocalDateTime;
import java.util.List;

/** One stage a case entered (in entry order), with its time limit and whether it ran over. */
public record CaseStageView(long id, int entryNo, int seq, StageCode stageCode, String stageName, List<String> roleCodes,
                            String state, LocalDateTime enteredTime, LocalDateTime deadline, LocalDateTime pausedAt,
                            long pausedMillis, LocalDateTime finishedTime, Long finishedBy, boolean overdue,
                            boolean overdueWarned) {
}
