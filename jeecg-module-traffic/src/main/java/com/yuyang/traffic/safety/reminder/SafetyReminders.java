package com.yuyang.traffic.safety.reminder;

import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.traffic.safety.appeal.AppealAnsweredEvent;
import com.yuyang.traffic.safety.equipment.EquipmentEvents;
import com.yuyang.traffic.safety.inspection.InspectionUnqualifiedEvent;
import com.yuyang.traffic.safety.measure.MeasureChangedEvent;
import com.yuyang.traffic.safety.recheck.RecheckDueEvent;
import com.yuyang.traffic.safety.review.ReviewDecidedEvent;
import com.yuyang.traffic.safety.sampling.SamplingTasksDispatchedEvent;
import com.yuyang.traffic.safety.selfcheck.SelfCheckEvents;
import com.yuyang.traffic.safety.task.TaskAssignedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A6 reminders: turns the safety features' events into in-app messages of the message centre (E3).
 * Listeners run in the publisher's transaction, so a rolled-back business change sends nothing; the
 * message centre pushes to open browsers only after commit. Dedupe keys make job re-runs harmless.
 */
@Component
public class SafetyReminders {

    private final MessageSender sender;

    public SafetyReminders(MessageSender sender) {
        this.sender = sender;
    }

    @EventListener
    public void unqualified(InspectionUnqualifiedEvent e) {
        sender.send(MessageDraft.message(MessageCategories.RECHECK_DUE, "检查项不达标，待复查")
                .content("本次检查有 " + e.itemIds().size() + " 项不达标，已列入您的日常检查，请按期复查。")
                .toUsers(e.inspectorId())
                .biz("safety_inspection", e.inspectionId())
                .priority(MessageDraft.Priority.HIGH)
                .dedupeKey("safety:unqualified:" + e.inspectionId())
                .build());
    }

    @EventListener
    public void recheckDue(RecheckDueEvent e) {
        if (e.due().isEmpty()) {
            return;
        }
        long first = e.due().get(0).assignmentId();
        sender.send(MessageDraft.message(MessageCategories.RECHECK_DUE, "复查到期提醒")
                .content("有 " + e.due().size() + " 个检查项已到复查周期，请尽快上门复查。")
                .toUsers(e.inspectorId())
                .biz("safety_recheck_assignment", first)
                .dedupeKey("safety:recheck:" + e.inspectorId() + ":" + first)
                .build());
    }

    @EventListener
    public void samplingDispatched(SamplingTasksDispatchedEvent e) {
        String what = "ESCALATION".equals(e.source()) ? "流转检查任务" : "随机抽检任务";
        MessageDraft.Builder draft = MessageDraft.message(MessageCategories.TASK_RECEIVED, "您收到新的" + what)
                .content("共 " + e.taskCount() + " 项，请在小程序“随机检查”中查看并执行。")
                .toUsers(e.inspectorId());
        if (e.batchId() != null) {
            draft.biz("safety_sampling_batch", e.batchId())
                    .dedupeKey("safety:sampling:" + e.batchId() + ":" + e.inspectorId());
        }
        sender.send(draft.build());
    }

    @EventListener
    public void taskAssigned(TaskAssignedEvent e) {
        sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, "新任务：" + e.title())
                .content("您有一项新任务，请按要求完成并上报。")
                .toUsers(e.userId())
                .biz("safety_task", e.taskId())
                .dedupeKey("safety:task:" + e.taskId() + ":" + e.userId())
                .build());
    }

    // --- A8 self-check and special equipment -------------------------------------------------------------

    @EventListener
    public void selfCheckSubmitted(SelfCheckEvents.Submitted e) {
        if (e.inspectorIds().isEmpty()) {
            return;
        }
        sender.send(MessageDraft.message(MessageCategories.SELF_CHECK_SUBMITTED, "企业自检待审核：" + e.subjectName())
                .content((e.round() > 1 ? "企业已按退回意见修改并重新提交" : "企业已提交") + " " + e.periodKey() + " 期自检，请及时审核。")
                .tenant(e.tenantId())
                .toUsers(e.inspectorIds())
                .biz("safety_self_check", e.selfCheckId())
                .dedupeKey("safety:self-check-submitted:" + e.selfCheckId() + ":" + e.round())
                .build());
    }

    @EventListener
    public void selfCheckReviewed(SelfCheckEvents.Reviewed e) {
        if (e.accountIds().isEmpty()) {
            return;
        }
        sender.send(MessageDraft.message(MessageCategories.SELF_CHECK_REVIEWED,
                        e.approved() ? "自检已审核通过" : "自检被退回，请修改后重新提交")
                .content(e.periodKey() + " 期自检" + (e.approved() ? "已审核通过。" : "被退回，原因：" + e.note())
                        + (e.approved() && e.note() != null && !e.note().isBlank() ? "审核意见：" + e.note() : ""))
                .tenant(e.tenantId())
                .toUsers(e.accountIds())
                .biz("safety_self_check", e.selfCheckId())
                .priority(e.approved() ? MessageDraft.Priority.NORMAL : MessageDraft.Priority.HIGH)
                .build());
    }

    @EventListener
    public void selfCheckDue(SelfCheckEvents.Due e) {
        sender.send(MessageDraft.message(MessageCategories.SELF_CHECK_DUE, "本期企业自检尚未完成")
                .content(e.subjectName() + " " + e.period().key() + " 期自检尚未提交，请于 " + e.period().end() + " 前完成自检并提交。")
                .tenant(e.tenantId())
                .toUsers(e.accountId())
                .biz("safety_subject", e.subjectId())
                .priority(MessageDraft.Priority.HIGH)
                .dedupeKey("safety:self-check-due:" + e.subjectId() + ":" + e.period().key())
                .build());
    }

    @EventListener
    public void equipmentDeclared(EquipmentEvents.Declared e) {
        if (e.inspectorIds().isEmpty()) {
            return;
        }
        sender.send(MessageDraft.message(MessageCategories.EQUIPMENT_DECLARED, "特种设备申报待审核：" + e.subjectName())
                .content((e.resubmitted() ? "企业已按退回意见修改设备申报：" : "企业申报了特种设备：") + e.equipmentName() + "，请及时审核。")
                .tenant(e.tenantId())
                .toUsers(e.inspectorIds())
                .biz("safety_equipment", e.equipmentId())
                .build());
    }

    @EventListener
    public void equipmentReviewed(EquipmentEvents.Reviewed e) {
        if (e.accountIds().isEmpty()) {
            return;
        }
        sender.send(MessageDraft.message(MessageCategories.EQUIPMENT_REVIEWED,
                        e.approved() ? "特种设备申报已通过" : "特种设备申报被退回")
                .content(e.equipmentName() + (e.approved() ? " 已审核通过，请按维保周期按时维保并上报。" : " 被退回，原因：" + e.note()))
                .tenant(e.tenantId())
                .toUsers(e.accountIds())
                .biz("safety_equipment", e.equipmentId())
                .build());
    }

    @EventListener
    public void maintenanceOverdue(EquipmentEvents.MaintenanceOverdue e) {
        if (e.recipientIds().isEmpty()) {
            return;
        }
        String kind = "CARE".equals(e.kind()) ? "日常保养" : "定期检查";
        sender.send(MessageDraft.message(MessageCategories.MAINTENANCE_OVERDUE, "特种设备维保超期：" + e.equipmentName())
                .content(e.subjectName() + " 的 " + e.equipmentName() + " " + kind + "应于 " + e.dueOn() + " 前完成，已超期，请尽快维保并上报记录。")
                .tenant(e.tenantId())
                .toUsers(e.recipientIds())
                .biz("safety_equipment", e.equipmentId())
                .priority(MessageDraft.Priority.HIGH)
                .dedupeKey("safety:maintenance-overdue:" + e.cycleId() + ":" + e.dueOn())
                .build());
    }

    // --- A8/A10 appeals and review, A9 supervision measures ---------------------------------------------

    @EventListener
    public void appealAnswered(AppealAnsweredEvent e) {
        sender.send(MessageDraft.message(MessageCategories.APPEAL_ANSWERED, "您的申诉已答复")
                .content("您对检查记录提出的申诉已由检查人员答复，请在“申诉”中查看。")
                .toUsers(e.appellantId())
                .biz("safety_appeal", e.appealId())
                .dedupeKey("safety:appeal:" + e.appealId())
                .build());
    }

    @EventListener
    public void reviewDecided(ReviewDecidedEvent e) {
        String what = "SUBJECT".equals(e.kind()) ? "单位信息" : "从业人员资料";
        String title = switch (e.status()) {
            case "APPROVED" -> "您提交的" + what + "已审核通过";
            case "RETURNED" -> "您提交的" + what + "被退回";
            default -> "您提交的" + what + "未予受理";
        };
        sender.send(MessageDraft.message(MessageCategories.REVIEW_DECIDED, title)
                .content(e.reason() == null ? "审核结果已生效。" : "原因：" + e.reason())
                .toUsers(e.submitterId())
                .biz("safety_review_submission", e.submissionId())
                .dedupeKey("safety:review:" + e.submissionId())
                .build());
    }

    /** A9: the enterprise learns of each measure step; a locking step is also the "subject suspended" reminder. */
    @EventListener
    public void measureChanged(MeasureChangedEvent e) {
        if (e.recipients().isEmpty()) {
            return;
        }
        String category = "LOCKED".equals(e.subjectStatus()) ? MessageCategories.SUBJECT_SUSPENDED : MessageCategories.MEASURE_CHANGED;
        sender.send(MessageDraft.message(category, "监管措施：" + e.stateName())
                .content("贵单位的监管措施已进入“" + e.stateName() + "”阶段" + (e.note() == null ? "。" : "：" + e.note()))
                .toUsers(e.recipients())
                .biz("safety_measure", e.measureId())
                .priority(MessageDraft.Priority.HIGH)
                .dedupeKey("safety:measure:" + e.measureId() + ":" + e.seq())
                .build());
    }
}
