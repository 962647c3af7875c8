package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.enforcement.caseflow.api.Actor;
import com.yuyang.traffic.enforcement.caseflow.api.CaseTransitions;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionContext;
import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The case flow engine: stage actions by users (role of the current stage, grid scope, one winner per race)
 * and automatic transitions by the system. Each action is one transaction: claim the case row (conditional
 * update on its version), run the stage's handler, write the trail entry, move the case by the outcome.
 */
@Service
public class CaseFlowEngine implements CaseTransitions {

    private static final String SYSTEM = "系统";

    private final CaseStore store;
    private final ActionRegistry actions;
    private final StageMover mover;
    private final CaseViews views;
    private final DefaultCaseQueries queries;

    CaseFlowEngine(CaseStore store, ActionRegistry actions, StageMover mover, CaseViews views, DefaultCaseQueries queries) {
        this.store = store;
        this.actions = actions;
        this.mover = mover;
        this.views = views;
        this.queries = queries;
    }

    /** A user's action on the current stage of a case (POST /api/enforcement/cases/{id}/actions). */
    @Transactional
    public CaseView act(long caseId, CaseRequests.Action req) {
        LoginUser user = CurrentUser.require();
        CaseRecord c = store.find(caseId).filter(queries::visible)
                .orElseThrow(() -> BizException.notFound("案件不存在或无权访问"));
        // checked first: a user acting on what they saw must learn that it changed, not be told that the new
        // stage refuses them or their action
        if (req.version() != null && req.version() != c.version()) {
            throw BizException.conflict("案件已被他人处理，请刷新后重试");
        }
        if (c.closed()) {
            throw BizException.conflict("案件已结案，不能再办理");
        }
        StageEntry entry = store.entry(c.currentStageEntryId()).orElseThrow();
        if (!mayAct(user, entry.roleCodes())) {
            throw BizException.forbidden("您无权办理该案件的“" + entry.stageName() + "”环节");
        }
        String action = req.action().trim();
        StageActionHandler handler = actions.find(c.currentStage(), action)
                .orElseThrow(() -> BizException.badRequest("“" + entry.stageName() + "”环节不支持该操作：" + action));
        if (ActionRegistry.PASS.equals(action) && actions.passReplaced(c.currentStage())) {
            throw BizException.badRequest("“" + entry.stageName() + "”环节须通过该环节的专门操作办结");
        }
        if (c.paused() && !Builtins.WHILE_PAUSED.contains(action)) {
            throw BizException.conflict("该环节已暂停计时，请先恢复");
        }
        List<Long> media = Media.check(req.media());
        if (!store.claim(c.id(), c.version(), user.username())) {
            throw BizException.conflict("案件已被他人处理，请刷新后重试");
        }
        Actor actor = new Actor(user.id(), user.realName());
        StageActionContext ctx = new StageActionContext(views.of(c), entry.id(), action, actor, blankToNull(req.opinion()),
                blankToNull(req.internalNote()), media, Boolean.TRUE.equals(req.publicOpinion()),
                req.data() == null ? Map.of() : Collections.unmodifiableMap(req.data()));
        StageOutcome outcome = handler.handle(ctx);
        store.insertAction(c.id(), entry.id(), c.currentStage(), action, user.id(), user.realName(), ctx.opinion(),
                ctx.internalNote(), media, ctx.publicOpinion(), ctx.detail());
        mover.apply(c, outcome, actor);
        return views.of(store.find(c.id()).orElseThrow());
    }

    /** The actions the caller may take now (empty when the case is closed or the role does not fit). */
    public List<Map<String, Object>> availableActions(CaseView c) {
        LoginUser user = CurrentUser.require();
        if (c.closed() || c.currentStageEntryId() == null) {
            return List.of();
        }
        StageEntry entry = store.entry(c.currentStageEntryId()).orElseThrow();
        return mayAct(user, entry.roleCodes()) ? actions.available(c.currentStage(), c.paused()) : List.of();
    }

    static boolean mayAct(LoginUser user, List<String> stageRoles) {
        return user.admin() || stageRoles.stream().anyMatch(user.roles()::contains);
    }

    @Override
    @Transactional
    public CaseView fileAutomatically(long caseId, String reason) {
        return systemMove(caseId, "autoFile", reason, c -> StageOutcome.jumpTo(StageCode.FILE));
    }

    @Override
    @Transactional
    public CaseView jumpTo(long caseId, StageCode target, String reason) {
        return systemMove(caseId, "autoJump", reason, c -> StageOutcome.jumpTo(target));
    }

    @Override
    @Transactional
    public CaseView advance(long caseId, StageCode expected, String reason) {
        return systemMove(caseId, "autoAdvance", reason, c -> {
            if (c.currentStage() != expected) {
                throw BizException.conflict("案件当前环节已不是“" + expected.label() + "”");
            }
            return StageOutcome.advance();
        });
    }

    @Override
    @Transactional
    public CaseView close(long caseId, String reason) {
        return systemMove(caseId, "autoClose", reason, c -> StageOutcome.close());
    }

    /** System moves lock the row first (SELECT … FOR UPDATE), so they wait for a running user action instead of failing. */
    private CaseView systemMove(long caseId, String action, String reason, Function<CaseRecord, StageOutcome> rule) {
        CaseRecord c = store.findForUpdate(caseId).orElseThrow(() -> BizException.notFound("案件不存在"));
        if (c.closed()) {
            throw BizException.conflict("案件已结案");
        }
        StageOutcome outcome = rule.apply(c);
        if (outcome.kind() == StageOutcome.Kind.JUMP) {
            StageMover.target(mover.routeOf(c), c.currentSeq(), outcome.target());
        }
        if (!store.claim(c.id(), c.version(), SYSTEM)) {
            throw new IllegalStateException("locked case row changed: " + caseId);
        }
        Actor actor = Actor.system(SYSTEM);
        store.insertAction(c.id(), c.currentStageEntryId(), c.currentStage(), action, null, actor.name(),
                blankToNull(reason), null, List.of(), true, outcome.target() == null ? null
                        : Map.of("target", outcome.target().name()));
        mover.apply(c, outcome, actor);
        return views.of(store.find(c.id()).orElseThrow());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
