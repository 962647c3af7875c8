package com.yuyang.traffic.enforcement.publicpage;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What anyone holding the case's QR code may read (B5, B7, B9). Built field by field from the engine's views:
 * no phone number, no ID number, no internal note, no staff ids, no media of the case file; the subject's name
 * is masked when the subject is a natural person, and long digit runs in the case text are masked.
 */
public record PublicCaseView(
        String caseNo,
        String majorCategory,
        String category,
        String subjectName,
        String status,
        String statusName,
        String currentStage,
        String currentStageName,
        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime,
        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime closedTime,
        String content,
        List<Stage> stages,
        List<Opinion> opinions,
        List<Measure> measures,
        List<AppealItem> appeals,
        AppealState appeal) {

    public record Stage(String stage, String name,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime enteredTime,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime deadline,
                        @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime finishedTime,
                        boolean overdue) {
    }

    public record Opinion(String stage, String stageName, String action,
                          @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime time, String opinion) {
    }

    public record Measure(String type, String name, BigDecimal amount, Integer durationDays,
                          @JsonFormat(pattern = "yyyy-MM-dd") LocalDate effectiveUntil,
                          @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime publishedTime) {
    }

    public record AppealItem(int seq, String status, String statusName,
                             @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime submitTime, String reply,
                             @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime replyTime) {
    }

    /** Whether an appeal can be filed now; {@code refusal} says why not. */
    public record AppealState(boolean open, int used, int max, String refusal,
                              @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime periodEnd) {
    }
}
