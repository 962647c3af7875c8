package com.yuyang.traffic.safety.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import com.yuyang.traffic.safety.subject.SubjectChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A9 supervision measures: recheck → penalty → rectification / suspension → revocation, as configured in
 * {@link MeasureRules}. A case opens on an inspection's unqualified items; each step must be an allowed
 * transition taken by one of its roles, within the caller's grids; a penalty outside an item's range is refused
 * unless explicitly confirmed, and then flagged. The subject's status follows the most severe status imposed by
 * its cases (锁止 over 异常 over 正常), changed through the subject feature.
 */
@Service
public class SupervisionMeasureService {

    private static final Map<String, Integer> SEVERITY = Map.of("NORMAL", 1, "ABNORMAL", 2, "LOCKED", 3);

    private final MeasureStore store;
    private final MeasureRules rules;
    private final SubjectChanges subjectChanges;
    private final SubjectAccess subjects;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    public SupervisionMeasureService(MeasureStore store, MeasureRules rules, SubjectChanges subjectChanges, SubjectAccess subjects,
                          DataScopeResolver scopes, ApplicationEventPublisher events, ObjectMapper json) {
        this.store = store;
        this.rules = rules;
        this.subjectChanges = subjectChanges;
        this.subjects = subjects;
        this.scopes = scopes;
        this.events = events;
        this.json = json;
    }

    public record PenaltyLine(String itemId, String itemName, BigDecimal amount, BigDecimal min, BigDecimal max,
                              boolean outOfRange) {
    }

    @Transactional
    public long open(MeasureRequests.Open req, LoginUser user) {
        MeasureStore.Inspection insp = store.inspection(req.inspectionId());
        if (insp == null || SubjectAccess.isEnterprise(user) || !scopes.resolve(user).allows(insp.gridId())) {
            throw BizException.notFound("检查记录不存在或无权访问");
        }
        List<Long> unqualified = store.unqualifiedItems(insp.id());
        if (unqualified.isEmpty()) {
            throw BizException.badRequest("该检查记录没有不达标项，无需采取监管措施");
        }
        List<Long> items = unqualified;
        if (req.itemIds() != null && !req.itemIds().isEmpty()) {
            List<String> foreign = req.itemIds().stream().filter(i -> !unqualified.contains(i)).map(String::valueOf)
                    .distinct().sorted().toList();
            if (!foreign.isEmpty()) {
                throw BizException.badRequest("以下检查项在该记录中不是不达标项：" + String.join("、", foreign));
            }
            items = req.itemIds().stream().distinct().sorted().toList();
        }
        subjectChanges.lockForStatus(insp.subjectId());
        MeasureRules.Rules r = rules.load();
        MeasureRules.State initial = r.state(MeasureRules.INITIAL)
                .orElseThrow(() -> BizException.conflict("监管措施规则缺少初始状态，请联系管理员"));
        long id;
        try {
            id = store.insert(insp, items, initial.code(), user.id(), user.username());
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该检查记录已有进行中的监管措施");
        }
        int seq = store.step(id, null, initial.code(), user.id(), user.realName(), blankToNull(req.note()), null, null, false);
        followSubject(insp.subjectId(), r, user);
        announce(id, seq, initial, insp.subjectId(), req.note());
        return id;
    }

    @Transactional
    public long transition(long id, MeasureRequests.Transition req, LoginUser user) {
        MeasureStore.Row row = visible(id, user);
        // before the case changes: concurrent actions on the subject's cases recompute its status one at a time
        subjectChanges.lockForStatus(row.subjectId());
        if (row.terminal()) {
            throw BizException.conflict("该监管措施已办结，不能再办理");
        }
        if (req.version() != null && req.version() != row.version()) {
            throw BizException.conflict("监管措施已被他人办理，请刷新后重试");
        }
        MeasureRules.Rules r = rules.load();
        String to = req.toState().trim();
        MeasureRules.Transition t = r.transition(row.state(), to).orElseThrow(() -> {
            String next = r.from(row.state()).stream().map(x -> r.name(x.to())).collect(Collectors.joining("、"));
            return BizException.badRequest("不能从“" + r.name(row.state()) + "”转到“" + r.name(to) + "”"
                    + (next.isEmpty() ? "" : "，可选：" + next));
        });
        if (!t.allows(user)) {
            throw BizException.forbidden("您的角色不能办理“" + r.name(row.state()) + "→" + r.name(to) + "”，可办理角色："
                    + String.join("、", t.roles()));
        }
        MeasureRules.State target = r.state(to).orElseThrow();
        List<PenaltyLine> lines = penalties(row, target, req);
        boolean outOfRange = lines.stream().anyMatch(PenaltyLine::outOfRange);
        if (outOfRange && !Boolean.TRUE.equals(req.confirmOutOfRange())) {
            String what = lines.stream().filter(PenaltyLine::outOfRange).map(l -> l.itemName() + " " + plain(l.amount())
                    + " 元（范围 " + plain(l.min()) + "–" + plain(l.max()) + " 元）").collect(Collectors.joining("；"));
            throw new BizException(400, "处罚金额超出检查项处罚范围：" + what + "。确认无误请勾选“确认超出范围”后提交",
                    Map.of("outOfRange", lines.stream().filter(PenaltyLine::outOfRange).toList()));
        }
        BigDecimal amount = lines.isEmpty() ? null : lines.stream().map(PenaltyLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!store.move(row, to, target.terminal(), amount, outOfRange, user.id(), user.username())) {
            throw BizException.conflict("监管措施已被他人办理，请刷新后重试");
        }
        int seq = store.step(id, row.state(), to, user.id(), user.realName(), blankToNull(req.note()),
                lines.isEmpty() ? null : write(lines), amount, outOfRange);
        followSubject(row.subjectId(), r, user);
        announce(id, seq, target, row.subjectId(), req.note());
        return id;
    }

    /** The next steps from the case's state, each with whether the caller's roles may take it. */
    public List<Map<String, Object>> nextSteps(String state, LoginUser user) {
        MeasureRules.Rules r = rules.load();
        List<Map<String, Object>> out = new ArrayList<>();
        for (MeasureRules.Transition t : r.from(state)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("toState", t.to());
            m.put("name", r.name(t.to()));
            m.put("penalty", r.state(t.to()).map(MeasureRules.State::penalty).orElse(false));
            m.put("roles", t.roles());
            m.put("allowed", t.allows(user));
            out.add(m);
        }
        return out;
    }

    MeasureStore.Row visible(long id, LoginUser user) {
        MeasureStore.Row row = store.find(id);
        if (row == null || SubjectAccess.isEnterprise(user) || !scopes.resolve(user).allows(row.gridId())) {
            throw BizException.notFound("监管措施不存在或无权访问");
        }
        return row;
    }

    private List<PenaltyLine> penalties(MeasureStore.Row row, MeasureRules.State target, MeasureRequests.Transition req) {
        List<MeasureRequests.Penalty> given = req.penalties() == null ? List.of() : req.penalties();
        if (!target.penalty()) {
            if (!given.isEmpty()) {
                throw BizException.badRequest("只有处罚环节可以填写处罚金额");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw BizException.badRequest("处罚环节必须填写处罚金额（按不达标检查项）");
        }
        Set<Long> seen = new HashSet<>();
        for (MeasureRequests.Penalty p : given) {
            if (!row.itemIds().contains(p.itemId())) {
                throw BizException.badRequest("检查项 " + p.itemId() + " 不是本监管措施的不达标项");
            }
            if (!seen.add(p.itemId())) {
                throw BizException.badRequest("检查项 " + p.itemId() + " 的处罚金额重复填写");
            }
        }
        Map<Long, MeasureStore.ItemRange> ranges = store.items(new ArrayList<>(seen));
        return given.stream().map(p -> {
            MeasureStore.ItemRange range = ranges.get(p.itemId());
            BigDecimal min = range == null ? null : range.min();
            BigDecimal max = range == null ? null : range.max();
            boolean out = min != null && p.amount().compareTo(min) < 0 || max != null && p.amount().compareTo(max) > 0;
            return new PenaltyLine(String.valueOf(p.itemId()), range == null ? String.valueOf(p.itemId()) : range.name(),
                    p.amount(), min, max, out);
        }).toList();
    }

    /**
     * The subject takes the most severe status its cases impose; no case with a status → left as it is. Runs under
     * the subject lock taken before the case changed, reading the cases' latest committed states.
     */
    private void followSubject(long subjectId, MeasureRules.Rules r, LoginUser user) {
        store.caseStatesLocked(subjectId).stream().map(r::state).flatMap(java.util.Optional::stream)
                .map(MeasureRules.State::subjectStatus).filter(java.util.Objects::nonNull).max((a, b) -> SEVERITY.getOrDefault(a, 0) - SEVERITY.getOrDefault(b, 0))
                .ifPresent(status -> subjectChanges.changeStatus(subjectId, status, user.username()));
    }

    private void announce(long id, int seq, MeasureRules.State state, long subjectId, String note) {
        events.publishEvent(new MeasureChangedEvent(id, seq, state.code(), state.name(), state.subjectStatus(),
                blankToNull(note), subjects.accountsOf(subjectId)));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
