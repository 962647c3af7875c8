package com.yuyang.traffic.safety.inspection;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.safety.checkitem.CheckItem;
import com.yuyang.traffic.safety.checkitem.CheckItemMapper;
import com.yuyang.traffic.safety.checkitem.InspectorItem;
import com.yuyang.traffic.safety.checkitem.InspectorItemMapper;
import com.yuyang.traffic.safety.file.StoredFile;
import com.yuyang.traffic.safety.file.StoredFileMapper;
import com.yuyang.traffic.safety.recheck.ItemStateUpdater;
import com.yuyang.traffic.safety.recheck.RecheckAssignment;
import com.yuyang.traffic.safety.recheck.RecheckAssignmentMapper;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A6 inspections with the A3 consequences: 合格 → due again after the item's cycle; 不达标 → due now, back in
 * the inspector's daily work, and a warning event; 忽略 → state unchanged. Only an inspector whose grids cover
 * the subject may inspect it, and only items bound to them (A9); everything is checked before anything is
 * written.
 */
@Service
public class InspectionService {

    public static final String OUT_OF_REMIT = "该检查项不在您的职责范围内，请发起流转";

    private final SubjectAccess subjects;
    private final CheckItemMapper items;
    private final InspectorItemMapper remit;
    private final StoredFileMapper files;
    private final InspectionMapper inspections;
    private final InspectionResultMapper results;
    private final InspectionAttachmentMapper attachments;
    private final RecheckAssignmentMapper assignments;
    private final ItemStateUpdater states;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    public InspectionService(SubjectAccess subjects, CheckItemMapper items, InspectorItemMapper remit,
                             StoredFileMapper files, InspectionMapper inspections, InspectionResultMapper results,
                             InspectionAttachmentMapper attachments, RecheckAssignmentMapper assignments,
                             ItemStateUpdater states, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.subjects = subjects;
        this.items = items;
        this.remit = remit;
        this.files = files;
        this.inspections = inspections;
        this.results = results;
        this.attachments = attachments;
        this.assignments = assignments;
        this.states = states;
        this.events = events;
        this.tx = tx;
    }

    public record OutOfRemitItem(String itemId, String name) {
    }

    public Inspection submit(InspectionRequest req, LoginUser user) {
        SafetySubject subject = subjects.loadAsSystem(req.subjectId());
        if (subject == null) {
            throw BizException.notFound("主体不存在或无权访问");
        }
        if (SubjectAccess.isEnterprise(user) || !subjects.covers(user, subject.getGridId())) {
            throw BizException.forbidden("该主体不在您的监管网格内");
        }
        Map<Long, CheckItem> byId = checkItems(req);
        checkRemit(user, byId);
        checkAttachments(req, user);

        // lock order by item id, so two submissions touching several items never deadlock
        List<InspectionRequest.ItemResult> ordered = req.results().stream()
                .sorted(Comparator.comparing(InspectionRequest.ItemResult::itemId)).toList();
        ordered.stream().filter(r -> !"IGNORED".equals(r.result())).forEach(r ->
                states.ensureExists(subject.getTenantId(), subject.getGridId(), subject.getId(), r.itemId()));
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        return tx.execute(status -> write(req, ordered, subject, byId, user, now));
    }

    private Map<Long, CheckItem> checkItems(InspectionRequest req) {
        Set<Long> ids = new HashSet<>();
        for (InspectionRequest.ItemResult r : req.results()) {
            if (!ids.add(r.itemId())) {
                throw BizException.badRequest("检查项重复：" + r.itemId());
            }
        }
        Map<Long, CheckItem> byId = items.selectBatchIds(ids).stream()
                .collect(Collectors.toMap(CheckItem::getId, Function.identity()));
        List<String> unknown = ids.stream().filter(id -> !byId.containsKey(id)
                || !"ACTIVE".equals(byId.get(id).getStatus())).map(String::valueOf).sorted().toList();
        if (!unknown.isEmpty()) {
            throw BizException.badRequest("检查项不存在或已停用：" + String.join("、", unknown));
        }
        return byId;
    }

    private void checkRemit(LoginUser user, Map<Long, CheckItem> byId) {
        Set<Long> held = remit.selectList(new LambdaQueryWrapper<InspectorItem>().eq(InspectorItem::getUserId, user.id())
                .in(InspectorItem::getItemId, byId.keySet())).stream().map(InspectorItem::getItemId).collect(Collectors.toSet());
        List<OutOfRemitItem> out = byId.values().stream().filter(i -> !held.contains(i.getId()))
                .sorted(Comparator.comparing(CheckItem::getId))
                .map(i -> new OutOfRemitItem(String.valueOf(i.getId()), i.getName())).toList();
        if (!out.isEmpty()) {
            String names = out.stream().map(OutOfRemitItem::name).collect(Collectors.joining("、"));
            throw new BizException(403, OUT_OF_REMIT + "：" + names, Map.of("outOfRemit", out));
        }
    }

    private void checkAttachments(InspectionRequest req, LoginUser user) {
        Set<Long> ids = new HashSet<>();
        req.results().stream().filter(r -> r.attachments() != null).forEach(r -> ids.addAll(r.attachments()));
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> own = files.selectBatchIds(ids).stream().filter(f -> f.getOwnerId().equals(user.id()))
                .map(StoredFile::getId).collect(Collectors.toSet());
        List<String> missing = ids.stream().filter(id -> !own.contains(id)).map(String::valueOf).sorted().toList();
        if (!missing.isEmpty()) {
            throw BizException.badRequest("附件不存在或不是您上传的：" + String.join("、", missing));
        }
    }

    private Inspection write(InspectionRequest req, List<InspectionRequest.ItemResult> ordered, SafetySubject subject,
                             Map<Long, CheckItem> byId, LoginUser user, LocalDateTime now) {
        Inspection insp = new Inspection();
        insp.setTenantId(subject.getTenantId());
        insp.setGridId(subject.getGridId());
        insp.setSubjectId(subject.getId());
        insp.setInspectorId(user.id());
        insp.setCheckType(req.checkType() == null ? "DAILY" : req.checkType());
        insp.setSourceId(req.sourceId());
        insp.setCheckedAt(now);
        insp.setRemark(req.remark());
        Map<String, Long> counts = ordered.stream().collect(Collectors.groupingBy(InspectionRequest.ItemResult::result,
                LinkedHashMap::new, Collectors.counting()));
        insp.setQualifiedCount(counts.getOrDefault("QUALIFIED", 0L).intValue());
        insp.setUnqualifiedCount(counts.getOrDefault("UNQUALIFIED", 0L).intValue());
        insp.setIgnoredCount(counts.getOrDefault("IGNORED", 0L).intValue());
        inspections.insert(insp);

        List<Long> unqualified = new ArrayList<>();
        for (InspectionRequest.ItemResult r : ordered) {
            InspectionResult res = new InspectionResult();
            res.setTenantId(subject.getTenantId());
            res.setGridId(subject.getGridId());
            res.setInspectionId(insp.getId());
            res.setSubjectId(subject.getId());
            res.setItemId(r.itemId());
            res.setResult(r.result());
            res.setRemark(r.remark());
            results.insert(res);
            if (r.attachments() != null) {
                for (Long fileId : r.attachments()) {
                    InspectionAttachment a = new InspectionAttachment();
                    a.setInspectionId(insp.getId());
                    a.setResultId(res.getId());
                    a.setFileId(fileId);
                    a.setCreateBy(user.username());
                    a.setCreateTime(now);
                    attachments.insert(a);
                }
            }
            if ("IGNORED".equals(r.result())) {
                continue;
            }
            boolean qualified = "QUALIFIED".equals(r.result());
            LocalDateTime due = qualified ? now.plusDays(byId.get(r.itemId()).getCycleDays()) : now;
            states.apply(subject.getId(), r.itemId(), r.result(), insp.getId(), now, due, user.id());
            closeOpenRechecks(subject.getId(), r.itemId(), insp.getId());
            if (!qualified) {
                unqualified.add(r.itemId());
            }
        }
        if (!unqualified.isEmpty()) {
            events.publishEvent(new InspectionUnqualifiedEvent(insp.getId(), subject.getId(), subject.getGridId(),
                    user.id(), List.copyOf(unqualified)));
        }
        return insp;
    }

    private void closeOpenRechecks(long subjectId, long itemId, long inspectionId) {
        assignments.update(null, new LambdaUpdateWrapper<RecheckAssignment>()
                .eq(RecheckAssignment::getSubjectId, subjectId).eq(RecheckAssignment::getItemId, itemId)
                .eq(RecheckAssignment::getStatus, "OPEN")
                .set(RecheckAssignment::getStatus, "DONE").set(RecheckAssignment::getDoneInspectionId, inspectionId)
                .setSql("version = version + 1"));
    }

    public List<Inspection> history(long subjectId, LoginUser user) {
        SafetySubject subject = subjects.loadAsSystem(subjectId);
        if (subject == null || SubjectAccess.isEnterprise(user) || !subjects.covers(user, subject.getGridId())) {
            throw BizException.notFound("主体不存在或无权访问");
        }
        return inspections.selectList(new LambdaQueryWrapper<Inspection>().eq(Inspection::getSubjectId, subjectId)
                .orderByDesc(Inspection::getCheckedAt).last("LIMIT 200"));
    }

    /**
     * A8: the inspection records of the enterprise's own bound subject (to read and, if need be, appeal). Read as
     * system with an explicit subject filter: the enterprise's grid binding is not what limits it, its subject is.
     */
    public List<Inspection> historyOfOwnSubject(LoginUser user) {
        long subjectId = subjects.requireOwnSubject(user).getId();
        return com.yuyang.base.core.datascope.DataScopeContext.runAsSystem(() -> inspections.selectList(
                new LambdaQueryWrapper<Inspection>().eq(Inspection::getSubjectId, subjectId)
                        .orderByDesc(Inspection::getCheckedAt).last("LIMIT 200")));
    }

    public List<InspectionResult> resultsOf(List<Long> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return List.of();
        }
        return results.selectList(new LambdaQueryWrapper<InspectionResult>().in(InspectionResult::getInspectionId, inspectionIds));
    }
}
