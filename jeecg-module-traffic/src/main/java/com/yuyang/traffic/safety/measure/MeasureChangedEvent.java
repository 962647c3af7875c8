package com.yuyang.traffic.safety.measure;

import java.util.List;

/**
 * A9: a supervision measure entered a new state (seq = its step). {@code subjectStatus} is the status the state
 * imposes (LOCKED → the enterprise's "subject suspended" reminder); recipients are the subject's bound accounts.
 */
public record MeasureChangedEvent(long measureId, int seq, String state, String stateName, String subjectStatus,
                                  String note, List<Long> recipients) {
}
