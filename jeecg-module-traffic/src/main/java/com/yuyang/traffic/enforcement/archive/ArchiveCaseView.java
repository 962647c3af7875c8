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
public record ArchiveCaseView(Case caseInfo, List<CaseStageView> stages, List<CaseActionView> actions,
                              List<Map<String, Object>> verifications, List<Measure> measures, List<AppealLine> appeals) {

    public record Case(String id, String caseNo, String majorCategory, String category, String subjectName,
                       String subjectType, String plate, String gridId, String source, String content, String status,
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
