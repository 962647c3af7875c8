package com.yuyang.traffic.enforcement.caseflow;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.Actor;
import com.yuyang.traffic.enforcement.caseflow.api.CaseCreatedEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import com.yuyang.traffic.enforcement.route.Route;
import com.yuyang.traffic.enforcement.route.RouteStore;
import com.yuyang.traffic.enforcement.subject.EnforcementSubject;
import com.yuyang.traffic.enforcement.subject.EnforcementSubjects;
import com.yuyang.traffic.safety.qrcode.QrTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * B3: a case enters with a minor class, a subject and the facts; it gets a number, an unguessable public code
 * (the signed token of its QR code) and the minor class's active route version, which it keeps for life.
 * Staff entry and third-party import go through the same {@link #open}.
 */
@Service
class CaseIntake {

    private final CaseStore store;
    private final CaseNumbers numbers;
    private final CaseCategories categories;
    private final RouteStore routes;
    private final EnforcementSubjects subjects;
    private final StageMover mover;
    private final CaseViews views;
    private final QrTokens tokens;
    private final FieldCipher cipher;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;

    CaseIntake(CaseStore store, CaseNumbers numbers, CaseCategories categories, RouteStore routes,
               EnforcementSubjects subjects, StageMover mover, CaseViews views, QrTokens tokens, FieldCipher cipher,
               DataScopeResolver scopes, ApplicationEventPublisher events, UserDirectory users) {
        this.users = users;
        this.store = store;
        this.numbers = numbers;
        this.categories = categories;
        this.routes = routes;
        this.subjects = subjects;
        this.mover = mover;
        this.views = views;
        this.tokens = tokens;
        this.cipher = cipher;
        this.scopes = scopes;
        this.events = events;
    }

    @Transactional
    public CaseView create(CaseRequests.Create req) {
        LoginUser user = CurrentUser.require();
        EnforcementSubject subject = subjects.find(req.subjectId())
                .orElseThrow(() -> BizException.badRequest("执法对象不存在"));
        Long gridId = req.gridId() != null ? req.gridId() : subject.gridId();
        if (gridId == null) {
            throw BizException.badRequest("请指定案件所属网格");
        }
        var scope = scopes.resolve(user);
        if (subject.gridId() != null && !scope.allows(subject.gridId())) {
            throw BizException.forbidden("该执法对象不在您的网格内");
        }
        if (!scope.allows(gridId)) {
            throw BizException.forbidden("您无权在该网格登记案件");
        }
        return open(user.tenantId(), req.categoryId(), subject.id(), gridId, user.deptId(), "STAFF", null, null,
                req.content(), req.plate(), req.driverIdNo(), Media.check(req.media()), user.id(),
                new Actor(user.id(), user.realName()), user.username());
    }

    /** Third-party import (API key already checked): idempotent per (source, external number). */
    @Transactional
    public ImportResult importCase(String sourceName, CaseRequests.Import req) {
        var existing = store.findBySource(sourceName, req.externalNo());
        if (existing.isPresent()) {
            return new ImportResult(views.of(store.find(existing.get()).orElseThrow()), true);
        }
        if (users.existingGridIds(1L, List.of(req.gridId())).isEmpty()) {
            throw BizException.badRequest("所属网格不存在：" + req.gridId());
        }
        String by = "import:" + sourceName;
        CaseRequests.Party p = req.subject();
        long subjectId = subjects.findOrCreate(1L, req.gridId(), p.name().trim(), p.subjectType(), p.idNo(), p.phone(),
                p.plate(), p.contact(), by);
        CaseView view = open(1L, req.categoryId(), subjectId, req.gridId(), null, "IMPORT", sourceName, req.externalNo(),
                req.content(), req.plate(), req.driverIdNo(), List.of(), null, Actor.system("第三方系统：" + sourceName), by);
        return new ImportResult(view, false);
    }

    record ImportResult(CaseView view, boolean duplicate) {
    }

    private CaseView open(long tenantId, long categoryId, long subjectId, long gridId, Long deptId, String source,
                          String sourceName, String sourceRef, String content, String plate, String driverIdNo,
                          List<Long> media, Long reporterId, Actor actor, String by) {
        CaseCategory category = categories.find(categoryId).orElseThrow(() -> BizException.badRequest("案件分类不存在"));
        if (!category.minor()) {
            throw BizException.badRequest("请选择案件小类（“" + category.name() + "”是大类）");
        }
        Route route = routes.activeFor(categoryId)
                .orElseThrow(() -> BizException.badRequest("案件分类“" + category.name() + "”尚未配置流转路线"));
        String idNo = driverIdNo == null ? null : driverIdNo.trim().toUpperCase(java.util.Locale.ROOT);
        long id = IdWorker.getId();
        CaseStore.NewCase row = new CaseStore.NewCase(id, tenantId, numbers.next(), tokens.newCode(), categoryId, subjectId,
                route.id(), gridId, deptId, source, sourceName, sourceRef, content.trim(), plate, cipher.encrypt(idNo),
                cipher.hash(idNo), media, route.stages().get(0).stageCode(), reporterId, by);
        store.insert(row);
        CaseRecord c = store.find(id).orElseThrow();
        events.publishEvent(new CaseCreatedEvent(id, c.caseNo(), categoryId, subjectId, gridId, route.id(), source));
        store.insertAction(id, null, route.stages().get(0).stageCode(), "create", actor.userId(), actor.name(),
                "登记案件", null, media, true, null);
        mover.enter(c, route.stages().get(0), null, actor);
        return views.of(store.find(id).orElseThrow());
    }
}
