package com.yuyang.traffic.safety.recheck;

import java.util.List;

/**
 * A3/A6 reminder "未达标检查项未检查 / 复查到期": new recheck assignments of one inspector from one job run.
 * The message centre (E3) turns it into an in-app reminder; published after the assignments are committed.
 */
public record RecheckDueEvent(long inspectorId, List<Due> due) {

    public record Due(long assignmentId, long subjectId, long itemId, java.time.LocalDateTime dueAt) {
    }
}
