package com.yuyang.base.message.api;

/**
 * Well-known categories of the reminders of A6/A8/B. A category is a plain code (upper case, digits,
 * underscores) so that a new business module can add its own without touching the message centre.
 */
public final class MessageCategories {

    public static final String SELF_CHECK_DUE = "SELF_CHECK_DUE";
    public static final String TASK_RECEIVED = "TASK_RECEIVED";
    public static final String RECHECK_DUE = "RECHECK_DUE";
    public static final String NOTICE = "NOTICE";
    public static final String SUBJECT_SUSPENDED = "SUBJECT_SUSPENDED";
    public static final String MAINTENANCE_OVERDUE = "MAINTENANCE_OVERDUE";
    public static final String APPEAL_ANSWERED = "APPEAL_ANSWERED";
    public static final String CASE_OVERDUE = "CASE_OVERDUE";

    // safety-selfcheck (A8): review requests and answers of the enterprise self-check and special equipment
    public static final String SELF_CHECK_SUBMITTED = "SELF_CHECK_SUBMITTED";
    public static final String SELF_CHECK_REVIEWED = "SELF_CHECK_REVIEWED";
    public static final String EQUIPMENT_DECLARED = "EQUIPMENT_DECLARED";
    public static final String EQUIPMENT_REVIEWED = "EQUIPMENT_REVIEWED";

    // enforcement, public side (enf-public, issue 6: B7 appeals, B8 automatic filing)
    public static final String ENFORCEMENT_APPEAL_RECEIVED = "ENF_APPEAL_RECEIVED";
    public static final String ENFORCEMENT_CASE_FILED = "ENF_CASE_FILED";

    // safety-measures (A10 review management, A9 supervision measures)
    public static final String REVIEW_DECIDED = "REVIEW_DECIDED";
    public static final String MEASURE_CHANGED = "MEASURE_CHANGED";

    private MessageCategories() {
    }
}
