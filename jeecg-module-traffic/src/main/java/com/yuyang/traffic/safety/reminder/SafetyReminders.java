package com.yuyang.traffic.safety.reminder;

import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.traffic.safety.appeal.AppealAnsweredEvent;
import com.yuyang.traffic.safety.inspection.InspectionUnqualifiedEvent;
import com.yuyang.traffic.safety.measure.MeasureChangedEvent;
import com.yuyang.traffic.safety.recheck.RecheckDueEvent;
import com.yuyang.traffic.safety.review.ReviewDecidedEvent;
import com.yuyang.traffic.safety.sampling.SamplingTasksDispatchedEvent;
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
