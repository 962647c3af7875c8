package com.yuyang.traffic.enforcement.caseflow.api;

import java.time.LocalDateTime;

/**
 * Published inside the transaction that moved the case, every time a case enters a stage (also the first
 * one at creation). {@code previous} is null at creation. Listen with {@code @TransactionalEventListener}
 * for after-commit work, with {@code @EventListener} to take part in the transaction.
 */
public record CaseStageEnteredEvent(long caseId, long stageEntryId, StageCode stage, StageCode previous, int seq,
                                    LocalDateTime deadline, Actor actor) {
}
