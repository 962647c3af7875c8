package com.yuyang.traffic.enforcement.caseflow.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One entry of the action trail. {@code internalNote} is for staff only; the public page shows
 * {@code opinion} only when {@code publicOpinion} is true, and never the actor's id.
 */
public record CaseActionView(long id, Long stageEntryId, StageCode stageCode, String action, Long actorId,
                             String actorName, String opinion, String internalNote, List<Long> media,
                             boolean publicOpinion, Map<String, Object> detail, LocalDateTime time) {
}
