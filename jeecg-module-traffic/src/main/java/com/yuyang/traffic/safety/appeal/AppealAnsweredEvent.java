package com.yuyang.traffic.safety.appeal;

/** A8 reminder "申诉已答复": published in the answering transaction; the message centre tells the appellant. */
public record AppealAnsweredEvent(long appealId, long appellantId, long subjectId, long inspectionId) {
}
