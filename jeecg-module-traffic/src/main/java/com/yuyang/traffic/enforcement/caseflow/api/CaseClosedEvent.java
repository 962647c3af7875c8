package com.yuyang.traffic.enforcement.caseflow.api;

/** Published inside the transaction that closed the case (after its last stage, or a CLOSE outcome). */
public record CaseClosedEvent(long caseId, String caseNo, StageCode lastStage, Actor actor) {
}
