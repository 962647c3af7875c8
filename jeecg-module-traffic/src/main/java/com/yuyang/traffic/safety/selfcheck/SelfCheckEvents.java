package com.yuyang.traffic.safety.selfcheck;

import java.time.LocalDateTime;
import java.util.List;

/** Events of the A8 self-check, turned into message-centre reminders by SafetyReminders. */
public final class SelfCheckEvents {

    private SelfCheckEvents() {
    }

    /** Submitted (or resubmitted): the subject's grid inspectors are to review it. */
    public record Submitted(long selfCheckId, long tenantId, long subjectId, String subjectName, String periodKey, int round,
                            List<Long> inspectorIds) {
    }

    /** Approved or returned: the enterprise account is told, with the reason when returned. */
    public record Reviewed(long selfCheckId, long tenantId, String subjectName, String periodKey, boolean approved, String note,
                           List<Long> accountIds) {
    }

    /**
     * Approved with 不达标 items (A3): the recheck feature turns each item into recheck work for the grid's
     * responsible inspector. Published inside the approval transaction, so the work exists exactly when the approval does.
     */
    public record ApprovedWithDefects(long selfCheckId, long tenantId, long gridId, long subjectId, String periodKey,
                                      List<Long> itemIds, LocalDateTime approvedAt) {
    }

    /** Not submitted in the period (job): the enterprise account is reminded once per period. */
    public record Due(long tenantId, long subjectId, String subjectName, SelfCheckPeriod period, long accountId) {
    }
}
