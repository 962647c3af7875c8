package com.yuyang.traffic.enforcement.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.yuyang.traffic.enforcement.caseflow.api.CaseActionView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * B10: one archived case as staff read it, read-only: the case, every stage entered, the full action trail (internal
 * notes included: staff only), verification records, all measures and the appeals (without the appellant's phone).
 * Never the public token or the driver's ID number.
 */
public record ArchiveCaseView(Case caseInfo, List<Stage> stages, List<Action> actions,
                              List<Map<String, Object>> verifications, List<Measure> measures, List<AppealLine> appeals) {

    /** A stage entry of the engine's read API, with the archive's time format. */
    public record Stage(String id, int entryNo, int seq, String stageCode, String stageName, String state,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime enteredTime,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime deadline,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime pausedAt,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime finishedTime, boolean overdue) {

        static Stage of(CaseStageView s) {
            return new Stage(String.valueOf(s.id()), s.entryNo(), s.seq(), s.stageCode().name(), s.stageName(), s.state(),
                    s.enteredTime(), s.deadline(), s.pausedAt(), s.finishedTime(), s.overdue());
        }
    }

    /** A trail entry (staff view: internal note and actor name included, never the actor's id). */
    public record Action(String id, String stageCode, String action, String actorName, String opinion, String internalNote,
                         List<String> media, boolean publicOpinion, Map<String, Object> detail,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime time) {

        static Action of(CaseActionView a) {
            return new Action(String.valueOf(a.id()), a.stageCode() == null ? null : a.stageCode().name(), a.action(),
                    a.actorName(), a.opinion(), a.internalNote(),
                    a.media() == null ? List.of() : a.media().stream().map(String::valueOf).toList(), a.publicOpinion(),
                    a.detail(), a.time());
        }
    }

    public record Case(String id, String caseNo, String majorCategory, String category, String subjectName,
                       String subjectType, String plate, String gridId, String gridName, String source, String content, String status,
                       String currentStage, String currentStageName,
                       @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime stageDeadline, boolean paused,
                       String assigneeId, String assigneeName,
                       @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
                       @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime closedTime, int routeVersion) {
    }

    public record Measure(String type, String name, BigDecimal amount, Integer durationDays, BigDecimal rangeMin,
                          BigDecimal rangeMax, boolean outOfRange, String note,
                          @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime publishedTime,
                          @JsonFormat(pattern = "yyyy-MM-dd") LocalDate effectiveUntil) {
    }

    public record AppealLine(String id, int seq, String status, String appellant, String content, String reply,
                             @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
                             @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime replyTime) {
    }
}
