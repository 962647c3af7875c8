package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionContext;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The engine's own stage actions, registered through the same SPI as other features' handlers:
 * {@code pass} (complete the stage), {@code record} (trail entry: evidence, notes), {@code pause} /
 * {@code resume} (B12: the time limit stops meanwhile), {@code dispatch} (派单: names the responsible enforcer)
 * and {@code verify} (核实: B4 verification record).
 */
@Configuration(proxyBeanMethods = false)
class Builtins {

    /** Actions allowed while the stage is paused. */
    static final Set<String> WHILE_PAUSED = Set.of("resume", "record");

    @Bean
    StageActionHandler passAction() {
        return handler(null, ActionRegistry.PASS, "办结本环节", false, ctx -> StageOutcome.advance());
    }

    @Bean
    StageActionHandler recordAction() {
        return handler(null, "record", "记录", false, ctx -> {
            if ((ctx.opinion() == null || ctx.opinion().isBlank()) && ctx.media().isEmpty()
                    && (ctx.internalNote() == null || ctx.internalNote().isBlank())) {
                throw BizException.badRequest("记录内容不能为空（意见、内部备注或附件至少填写一项）");
            }
            return StageOutcome.stay();
        });
    }

    @Bean
    StageActionHandler pauseAction(CaseStore store) {
        return handler(null, "pause", "暂停计时", false, ctx -> {
            if (ctx.caseView().paused()) {
                throw BizException.conflict("该环节已处于暂停状态");
            }
            if (ctx.opinion() == null || ctx.opinion().isBlank()) {
                throw BizException.badRequest("请填写暂停原因（如：鉴定中）");
            }
            store.pause(ctx.caseId(), ctx.stageEntryId(), LocalDateTime.now());
            return StageOutcome.stay();
        });
    }

    @Bean
    StageActionHandler resumeAction(CaseStore store) {
        return handler(null, "resume", "恢复计时", false, ctx -> {
            StageEntry entry = store.entry(ctx.stageEntryId()).orElseThrow();
            if (entry.pausedAt() == null) {
                throw BizException.conflict("该环节未暂停，无需恢复");
            }
            store.resume(ctx.caseId(), entry, LocalDateTime.now());
            return StageOutcome.stay();
        });
    }

    @Bean
    StageActionHandler dispatchAction(CaseStore store, OrgDirectory org, UserDirectory users) {
        return handler(StageCode.DISPATCH, "dispatch", "派单", true, ctx -> {
            long assignee = ctx.number("assigneeId", "承办人", true);
            long tenant = store.find(ctx.caseId()).orElseThrow().tenantId();
            if (users.activeUsers(tenant, List.of(assignee)).isEmpty()) {
                throw BizException.badRequest("承办人不存在或已停用");
            }
            if (!org.gridsCoveredBy(assignee).contains(ctx.caseView().gridId())) {
                throw BizException.badRequest("承办人不负责该案件所在网格，不能派单");
            }
            store.setAssignee(ctx.caseId(), assignee);
            ctx.detail("assigneeId", String.valueOf(assignee));
            ctx.detail("assigneeName", org.realName(assignee).orElse(null));
            return StageOutcome.advance();
        });
    }

    @Bean
    StageActionHandler verifyAction(CaseStore store) {
        return handler(StageCode.VERIFY, "verify", "核实", true, ctx -> {
            String cause = ctx.text("cause", "违法原因", true, 2000);
            String opinion = ctx.text("enterpriseOpinion", "企业意见", false, 2000);
            String correction = ctx.text("correction", "整改情况", false, 2000);
            String process = ctx.text("process", "核实过程", true, 2000);
            store.insertVerification(ctx.caseId(), ctx.stageEntryId(), cause, opinion, correction, process,
                    ctx.media(), ctx.actor().userId() == null ? 0L : ctx.actor().userId());
            return StageOutcome.advance();
        });
    }

    interface Body {
        StageOutcome handle(StageActionContext ctx);
    }

    static StageActionHandler handler(StageCode stage, String action, String label, boolean replacesPass, Body body) {
        return new StageActionHandler() {
            @Override
            public StageCode stage() {
                return stage;
            }

            @Override
            public String action() {
                return action;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean replacesPass() {
                return replacesPass;
            }

            @Override
            public StageOutcome handle(StageActionContext ctx) {
                return body.handle(ctx);
            }
        };
    }
}
