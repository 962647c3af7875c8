package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.traffic.enforcement.calendar.WorkingCalendar;
import com.yuyang.traffic.enforcement.caseflow.api.Actor;
import com.yuyang.traffic.enforcement.caseflow.api.CaseClosedEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageEnteredEvent;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.caseflow.api.StageOutcome;
import com.yuyang.traffic.enforcement.route.Route;
import com.yuyang.traffic.enforcement.route.RouteStage;
import com.yuyang.traffic.enforcement.route.RouteStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Moves a claimed case along its own route version: finishes the current stage entry, enters the next one
 * with its deadline (hours or working days), or closes the case; publishes the engine's events.
 */
@Component
class StageMover {

    private final CaseStore store;
    private final RouteStore routes;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    StageMover(CaseStore store, RouteStore routes, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.routes = routes;
        this.calendar = calendar;
        this.events = events;
    }

    Route routeOf(CaseRecord c) {
        return routes.byId(c.routeId()).orElseThrow(() -> new IllegalStateException("route " + c.routeId() + " missing"));
    }

    /** Enters a stage of the case's route (also the first one at creation). */
    long enter(CaseRecord c, RouteStage stage, StageCode previous, Actor actor) {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime deadline = calendar.deadline(now, stage.timeLimit(), stage.timeUnit());
        long entryId = store.insertEntry(c, store.nextEntryNo(c.id()), stage, now, deadline);
        store.setCurrent(c.id(), entryId, stage.seq(), stage.stageCode(), deadline);
        events.publishEvent(new CaseStageEnteredEvent(c.id(), entryId, stage.stageCode(), previous, stage.seq(),
                deadline, actor));
        return entryId;
    }

    /** Applies a handler's or a transition's outcome to a claimed case. */
    void apply(CaseRecord c, StageOutcome outcome, Actor actor) {
        if (outcome.kind() == StageOutcome.Kind.STAY) {
            return;
        }
        Route route = routeOf(c);
        LocalDateTime now = LocalDateTime.now();
        if (c.currentStageEntryId() != null) {
            store.finishEntry(c.currentStageEntryId(), actor.userId(), now);
        }
        switch (outcome.kind()) {
            case ADVANCE -> {
                Optional<RouteStage> next = route.next(c.currentSeq());
                if (next.isPresent()) {
                    enter(c, next.get(), c.currentStage(), actor);
                } else {
                    close(c, actor, now);
                }
            }
            case JUMP -> enter(c, target(route, c.currentSeq(), outcome.target()), c.currentStage(), actor);
            case CLOSE -> close(c, actor, now);
            default -> throw new IllegalStateException(outcome.kind().name());
        }
    }

    /** The first stage with the code after the current one, else the first with it from the start. */
    static RouteStage target(Route route, int currentSeq, StageCode code) {
        return route.stages().stream().filter(s -> s.seq() > currentSeq && s.stageCode() == code).findFirst()
                .or(() -> route.stages().stream().filter(s -> s.stageCode() == code).findFirst())
                .orElseThrow(() -> BizException.conflict("该案件的流转路线中没有“" + code.label() + "”环节"));
    }

    private void close(CaseRecord c, Actor actor, LocalDateTime now) {
        store.close(c.id(), now);
        events.publishEvent(new CaseClosedEvent(c.id(), c.caseNo(), c.currentStage(), actor));
    }
}
