package com.yuyang.traffic.enforcement.caseflow.api;

/** Published (synchronously, inside the creating transaction) when a case was created, before its first stage is entered. */
public record CaseCreatedEvent(long caseId, String caseNo, long categoryId, Long subjectId, long gridId, long routeId,
                               String source) {
}
