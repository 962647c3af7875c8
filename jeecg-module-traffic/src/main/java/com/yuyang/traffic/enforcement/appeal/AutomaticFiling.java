package com.yuyang.traffic.enforcement.appeal;

import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.job.PlatformJob;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseTransitions;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * B8: a case whose second appeal was rejected, or whose period for appeal ended, is filed (立案) automatically
 * through the engine's {@link CaseTransitions}, and then waits in the FILE stage for the meeting opinion.
 * Triggered right after a rejected second appeal, and by the job {@value #JOB} for periods that ran out (the
 * job also retries a filing that failed after a reply, and ends publicity periods (公示期) at their deadline). Each filing is its own transaction: one case that cannot
 * be filed (a route without a FILE stage: 409) never holds back the others.
 */
@Component
public class AutomaticFiling {

    public static final String JOB = "enforcementAppealPeriod";
    public static final String PERIOD_KEY = "enforcement.appeal.period-days";
    private static final Logger log = LoggerFactory.getLogger(AutomaticFiling.class);

    private final JdbcTemplate jdbc;
    private final CaseQueries cases;
    private final CaseTransitions transitions;
    private final AppealService appeals;
    private final ConfigService config;
    private final MessageSender messages;
    private final TransactionTemplate tx;

    public AutomaticFiling(JdbcTemplate jdbc, CaseQueries cases, CaseTransitions transitions, AppealService appeals,
                           ConfigService config, MessageSender messages, PlatformTransactionManager txManager) {
        this.tx = new TransactionTemplate(txManager);
        this.jdbc = jdbc;
        this.cases = cases;
        this.transitions = transitions;
        this.appeals = appeals;
        this.config = config;
        this.messages = messages;
    }

    public int periodDays() {
        return Math.max(1, config.getInt(PERIOD_KEY, 7));
    }

    /** After a reply has been committed: a rejected second appeal files the case at once. */
    public boolean afterReply(Appeal answered) {
        if (!Appeal.REJECTED.equals(answered.getStatus()) || answered.getSeq() < AppealService.MAX_APPEALS) {
            return false;
        }
        return file(answered.getCaseId(), "第二次申诉被驳回，案件自动立案，等待会议意见");
    }

    @PlatformJob(name = JOB, cron = "${platform.enforcement.appeal-period-cron:0 */5 * * * *}",
            description = "执法案件申诉期满或第二次申诉被驳回后自动立案")
    public String run() {
        // read model of the engine's tables (docs/enforcement.md, "Read models"): open cases waiting in APPEAL
        List<Waiting> waiting = jdbc.query("SELECT c.id, s.entered_time, s.deadline, s.id FROM enforcement_case c"
                + " JOIN enforcement_case_stage s ON s.id = c.current_stage_id"
                + " WHERE c.status = 'OPEN' AND c.current_stage = 'APPEAL' AND c.paused = 0 AND c.del_flag = 0",
                (rs, i) -> new Waiting(rs.getLong(1), time(rs.getTimestamp(2)), time(rs.getTimestamp(3)), rs.getLong(4)));
        int period = periodDays();
        LocalDateTime now = LocalDateTime.now();
        int filed = 0;
        for (Waiting w : waiting) {
            AppealWindow.Verdict v = AppealWindow.decide(appeals.ofCase(w.caseId()), w.entered(), w.deadline(), period, now);
            String reason = switch (v) {
                case WAIT -> null;
                case FILE_SECOND_REJECTED -> "第二次申诉被驳回，案件自动立案，等待会议意见";
                case FILE_PERIOD_OVER -> "申诉期满，案件自动立案，等待会议意见";
            };
            if (reason != null && fileIfStillDue(w, period, reason)) {
                filed++;
            }
        }
        return "申诉环节案件 " + waiting.size() + " 件，自动立案 " + filed + " 件；公示期满转入下一环节 " + endPublicity(now) + " 件";
    }

    private record Waiting(long caseId, LocalDateTime entered, LocalDateTime deadline, long stageEntryId) {
    }

    /**
     * The job's filing, decided again under the case row's lock: an appeal submitted (or a stage completed) after the
     * job's first read either committed before the lock, and is seen here, or waits for the filing and is then refused
     * (AppealService.submit locks the same row). The filing joins this transaction.
     */
    private boolean fileIfStillDue(Waiting w, int period, String reason) {
        CaseView filed;
        try {
            filed = tx.execute(status -> DataScopeContext.runAsSystem(() -> {
                List<Long> entry = jdbc.queryForList("SELECT current_stage_id FROM enforcement_case WHERE id = ?"
                        + " AND status = 'OPEN' AND current_stage = 'APPEAL' AND paused = 0 AND del_flag = 0 FOR UPDATE",
                        Long.class, w.caseId());
                if (entry.isEmpty() || entry.get(0) == null || entry.get(0) != w.stageEntryId()
                        || AppealWindow.decide(appeals.ofCase(w.caseId()), w.entered(), w.deadline(), period,
                        LocalDateTime.now()) == AppealWindow.Verdict.WAIT) {
                    return null;
                }
                return transitions.fileAutomatically(w.caseId(), reason);
            }));
        } catch (BizException e) {
            log.warn("automatic filing of case {} refused: {}", w.caseId(), e.getMessage());
            return false;
        }
        if (filed == null) {
            return false;
        }
        notifyFiled(filed, reason); // after the commit, as for a filing after a reply
        return true;
    }

    /** A publicity period (公示期) ends by itself at its deadline: the case moves on (usually into APPEAL). */
    private int endPublicity(LocalDateTime now) {
        List<Long> due = jdbc.queryForList("SELECT c.id FROM enforcement_case c WHERE c.status = 'OPEN'"
                + " AND c.current_stage = 'PUBLICITY' AND c.paused = 0 AND c.del_flag = 0 AND c.stage_deadline <= ?",
                Long.class, Timestamp.valueOf(now));
        int moved = 0;
        for (Long id : due) {
            try {
                DataScopeContext.runAsSystem(() -> transitions.advance(id, StageCode.PUBLICITY, "公示期满，进入下一环节"));
                moved++;
            } catch (BizException e) {
                log.info("publicity of case {} not ended: {}", id, e.getMessage());
            }
        }
        return moved;
    }

    private boolean file(long caseId, String reason) {
        CaseView c = DataScopeContext.runAsSystem(() -> cases.find(caseId)).orElse(null);
        if (c == null || c.closed() || !AppealService.APPEAL_STAGES.contains(c.currentStage())) {
            return false;
        }
        try {
            CaseView filed = DataScopeContext.runAsSystem(() -> transitions.fileAutomatically(caseId, reason));
            notifyFiled(filed, reason);
            return true;
        } catch (BizException e) {
            log.warn("automatic filing of case {} refused: {}", caseId, e.getMessage());
            return false;
        }
    }

    private void notifyFiled(CaseView c, String reason) {
        MessageDraft.Builder draft = MessageDraft.message(MessageCategories.ENFORCEMENT_CASE_FILED, "案件自动立案：" + c.caseNo())
                .content(reason + "。请组织会议并录入会议意见。")
                .biz("enforcement_case", c.id())
                .dedupeKey("enf-filed:" + c.id() + ":" + c.currentStageEntryId());
        if (c.assigneeId() != null) {
            draft.toUsers(c.assigneeId());
        } else if (c.deptId() != null) {
            draft.toDepts(c.deptId());
        } else {
            draft.toGrids(c.gridId());
        }
        messages.send(draft.build());
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
