package com.yuyang.traffic.safety.sampling;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A4: resolves the scope under grid isolation, draws with {@link SamplingPlanner}, persists the batch. */
@Service
public class SamplingService {

    private final SamplingCatalog catalog;
    private final SamplingStore store;
    private final OrgDirectory org;
    private final DataScopeResolver scopes;
    private final RandomSource random;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    public SamplingService(SamplingCatalog catalog, SamplingStore store, OrgDirectory org, DataScopeResolver scopes,
                           RandomSource random, ApplicationEventPublisher events, ObjectMapper json) {
        this.catalog = catalog;
        this.store = store;
        this.org = org;
        this.scopes = scopes;
        this.random = random;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public SamplingResult sample(SamplingRequest req) {
        if ((req.subjectRatio() == null) == (req.subjectCount() == null)) {
            throw BizException.badRequest("请指定抽取比例(subjectRatio)或抽取数量(subjectCount)，二者选其一");
        }
        LoginUser user = CurrentUser.require();
        DataScope scope = scopes.resolve(user);
        Map<Long, String> deptPaths = org.deptPaths();
        SamplingCatalog.Filter filter = new SamplingCatalog.Filter(depts(req), grids(req, scope), nullIfEmpty(req.industryIds()));
        List<SamplingPlanner.Subject> candidates = catalog.subjects(filter, deptPaths);
        if (candidates.isEmpty()) {
            throw BizException.badRequest("抽检范围内没有可抽检的被检查主体");
        }
        int count = req.subjectCount() != null ? Math.min(req.subjectCount(), candidates.size())
                : Math.max(1, req.subjectRatio().multiply(BigDecimal.valueOf(candidates.size()))
                .setScale(0, RoundingMode.CEILING).intValueExact());

        SamplingPlanner planner = new SamplingPlanner(random);
        List<SamplingPlanner.Subject> drawn = planner.drawSubjects(candidates, count);
        Set<Long> drawnGrids = new HashSet<>();
        drawn.forEach(s -> drawnGrids.add(s.gridId()));
        Map<Long, List<SamplingPlanner.Member>> members = new HashMap<>();
        Set<Long> memberIds = new HashSet<>();
        // ordered so a seeded draw picks the same inspector every run
        org.membersCovering(drawnGrids).stream()
                .sorted((a, b) -> Long.compare(a.userId(), b.userId()))
                .forEach(m -> {
                    members.computeIfAbsent(m.gridId(), k -> new ArrayList<>())
                            .add(new SamplingPlanner.Member(m.userId(), m.deptPath()));
                    memberIds.add(m.userId());
                });
        SamplingPlanner.Plan plan = planner.assign(drawn, req.itemCount(), catalog.itemsByIndustry(), members,
                catalog.itemsByInspector(memberIds));

        long batchId = IdWorker.getId();
        store.insertBatch(batchId, user.tenantId(), scopeJson(req), req, candidates.size(), drawn.size(),
                plan.assignments().size(), plan.unassigned().size(), user.username());
        List<SamplingResult.Task> tasks = new ArrayList<>(plan.assignments().size());
        for (SamplingPlanner.Assignment a : plan.assignments()) {
            tasks.add(new SamplingResult.Task(IdWorker.getId(), a.subject().id(), a.subject().gridId(), a.inspectorId(),
                    Arrays.stream(a.itemIds()).boxed().toList()));
        }
        store.insertTasks(batchId, user.tenantId(), plan.assignments(), tasks, user.username());
        store.insertUnassigned(batchId, plan.unassigned());

        Map<Long, Integer> perInspector = new HashMap<>();
        tasks.forEach(t -> perInspector.merge(t.inspectorId(), 1, Integer::sum));
        perInspector.forEach((inspector, n) ->
                events.publishEvent(new SamplingTasksDispatchedEvent(inspector, batchId, n, "SAMPLING")));
        return new SamplingResult(batchId, candidates.size(), drawn.size(), tasks, plan.unassigned());
    }

    private Collection<Long> depts(SamplingRequest req) {
        if (req.unitId() == null && (req.deptIds() == null || req.deptIds().isEmpty())) {
            return null;
        }
        Set<Long> depts = new TreeSet<>();
        if (req.unitId() != null) {
            Set<Long> subtree = org.deptSubtree(req.unitId());
            if (subtree.isEmpty()) {
                throw BizException.badRequest("单位不存在：" + req.unitId());
            }
            depts.addAll(subtree);
        }
        if (req.deptIds() != null) {
            depts.addAll(req.deptIds());
        }
        return depts;
    }

    /** Requested grids must lie in the caller's scope (403 otherwise); no grids = the whole scope. */
    private static Collection<Long> grids(SamplingRequest req, DataScope scope) {
        if (req.gridIds() == null || req.gridIds().isEmpty()) {
            return scope.all() ? null : scope.gridIds();
        }
        for (Long g : req.gridIds()) {
            if (g == null || !scope.allows(g)) {
                throw BizException.forbidden("无权抽检网格：" + g);
            }
        }
        return new TreeSet<>(req.gridIds());
    }

    private static Collection<Long> nullIfEmpty(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids;
    }

    private String scopeJson(SamplingRequest req) {
        try {
            return json.writeValueAsString(req);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
