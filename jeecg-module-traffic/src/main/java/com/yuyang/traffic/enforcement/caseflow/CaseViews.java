package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.traffic.enforcement.caseflow.api.CaseStageView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.route.Route;
import com.yuyang.traffic.enforcement.route.RouteStore;
import com.yuyang.traffic.safety.qrcode.QrTokens;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/** Turns internal rows into the published views (public token signed here, route version from the cache). */
@Component
class CaseViews {

    private final RouteStore routes;
    private final QrTokens tokens;

    CaseViews(RouteStore routes, QrTokens tokens) {
        this.routes = routes;
        this.tokens = tokens;
    }

    CaseView of(CaseRecord c) {
        Route route = routes.byId(c.routeId()).orElse(null);
        String stageName = route == null ? c.currentStage().label() : route.stages().stream()
                .filter(s -> s.seq() == c.currentSeq()).map(s -> s.stageName()).findFirst().orElse(c.currentStage().label());
        return new CaseView(c.id(), c.caseNo(), tokens.tokenOf(c.publicCode()), c.categoryId(), c.subjectId(), c.routeId(),
                route == null ? 0 : route.versionNo(), c.gridId(), c.deptId(), c.source(), c.content(), c.plate(), c.media(),
                c.status(), c.currentStage(), stageName, c.currentSeq(), c.currentStageEntryId(), c.stageDeadline(),
                c.paused(), c.assigneeId(), c.reporterId(), c.createTime(), c.closedTime(), c.version());
    }

    static CaseStageView of(StageEntry e) {
        LocalDateTime end = e.finishedTime() != null ? e.finishedTime() : LocalDateTime.now();
        boolean overdue = e.deadline() != null && e.pausedAt() == null && end.isAfter(e.deadline());
        return new CaseStageView(e.id(), e.entryNo(), e.seq(), e.stageCode(), e.stageName(), e.roleCodes(), e.state(),
                e.enteredTime(), e.deadline(), e.pausedAt(), e.pausedMillis(), e.finishedTime(), e.finishedBy(), overdue,
                e.overdueWarned());
    }
}
