package com.yuyang.traffic.safety.escalation;

import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.sampling.SamplingCatalog;
import com.yuyang.traffic.safety.sampling.SamplingStore;
import com.yuyang.traffic.safety.sampling.SamplingTasksDispatchedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A5: an inspector hands an out-of-remit check to the superior department; that department reassigns it to an
 * inspector who covers the subject's grid and holds the items, or passes it further up. Every hop is a step of
 * the trail. Handling is first-come: the state change is a conditional update, the loser gets 409.
 */
@Service
public class EscalationService {

    static final Set<String> STATUSES = Set.of("OPEN", "REASSIGNED", "CLOSED");
    static final Set<String> BOXES = Set.of("waiting", "handled");

    private final EscalationStore store;
    private final SamplingCatalog catalog;
    private final SamplingStore tasks;
    private final OrgDirectory org;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final EscalationEligibility eligibility;
    private final EscalationNames names;

    public EscalationService(EscalationStore store, SamplingCatalog catalog, SamplingStore tasks, OrgDirectory org,
                             DataScopeResolver scopes, ApplicationEventPublisher events, EscalationEligibility eligibility,
                             EscalationNames names) {
        this.store = store;
        this.catalog = catalog;
        this.tasks = tasks;
        this.org = org;
        this.scopes = scopes;
        this.events = events;
        this.eligibility = eligibility;
        this.names = names;
    }

    /** An inspector the escalation may be reassigned to (picker of the handling page). */
    public record Candidate(String id, String username, String realName) {
    }

    @Transactional
    public Map<String, Object> raise(EscalationRequests.Raise req) {
        LoginUser user = CurrentUser.require();
        Map<String, Object> subject = catalog.subject(req.subjectId());
        if (subject == null) {
            throw BizException.notFound("被检查主体不存在");
        }
        long gridId = ((Number) subject.get(key(subject, "grid_id"))).longValue();
        if (!scopes.resolve(user).allows(gridId)) {
            throw BizException.forbidden("该主体不在您的网格内");
        }
        List<Long> items = List.copyOf(new LinkedHashSet<>(req.itemIds()));
        Set<Long> held = catalog.itemsByInspector(Set.of(user.id())).getOrDefault(user.id(), Set.of());
        if (held.containsAll(items)) {
            throw BizException.badRequest("所选检查项均在您的检查职责内，无需流转");
        }
        Long dept = user.deptId();
        if (dept == null) {
            throw BizException.badRequest("您未归属任何部门，无法流转");
        }
        long superior = org.parentDept(dept).orElseThrow(() -> BizException.badRequest("所在部门没有上级部门，无法流转"));
        long id = store.insert(user.tenantId(), req.subjectId(), gridId, items, req.reason(), user.id(), superior,
                user.username());
        store.step(id, "RAISE", user.id(), user.realName(), dept, superior, null, req.reason());
        return detail(id);
    }

    /**
     * The caller's department's escalations: {@code box=waiting} (default) those waiting there now,
     * {@code box=handled} those it passed up or reassigned. Admin sees every department. Rows carry names.
     */
    public List<Map<String, Object>> inbox(String status, String box, String keyword) {
        LoginUser user = CurrentUser.require();
        checkStatus(status);
        if (box != null && !BOXES.contains(box)) {
            throw BizException.badRequest("列表只能是 waiting（待处理）或 handled（已处理）");
        }
        if (keyword != null && keyword.length() > 100) {
            throw BizException.badRequest("主体名称关键字不能超过100字");
        }
        if (!user.admin() && user.deptId() == null) {
            return List.of();
        }
        Long dept = user.admin() ? null : user.deptId();
        boolean handled = "handled".equals(box);
        List<Map<String, Object>> rows = store.list(new EscalationStore.Filter(handled ? null : dept, null,
                handled ? dept : null, handled && dept == null, status, keyword));
        names.rows(rows);
        return rows;
    }

    public List<Map<String, Object>> mine(String status) {
        checkStatus(status);
        List<Map<String, Object>> rows = store.list(new EscalationStore.Filter(null, CurrentUser.require().id(), null,
                false, status, null));
        names.rows(rows);
        return rows;
    }

    /** Who may take the escalation: only those the reassignment would accept. */
    public List<Candidate> candidates(long id) {
        EscalationStore.Row row = requireHandleable(id, CurrentUser.require());
        List<Long> ids = eligibility.candidates(row);
        Map<Long, UserDirectory.UserRef> refs = names.users(ids);
        return ids.stream().filter(refs::containsKey).map(refs::get)
                .map(u -> new Candidate(String.valueOf(u.id()), u.username(), u.realName())).toList();
    }

    public Map<String, Object> view(long id) {
        LoginUser user = CurrentUser.require();
        EscalationStore.Row row = require(id);
        boolean involved = user.admin() || row.raisedBy() == user.id()
                || store.steps(id).stream().anyMatch(s -> user.deptId() != null
                && (user.deptId().equals(asLong(s.get("toDeptId"))) || user.deptId().equals(asLong(s.get("fromDeptId")))));
        if (!involved) {
            throw BizException.forbidden("无权查看该流转");
        }
        return detail(id);
    }

    @Transactional
    public Map<String, Object> reassign(long id, EscalationRequests.Reassign req) {
        LoginUser user = CurrentUser.require();
        EscalationStore.Row row = requireHandleable(id, user);
        long inspector = req.inspectorId();
        eligibility.refusal(row, inspector).ifPresent(why -> {
            throw BizException.badRequest(why);
        });
        if (!store.reassign(id, row.version(), inspector, user.username())) {
            throw BizException.conflict("该流转已被他人处理，请刷新后重试");
        }
        Map<String, Object> subject = catalog.subject(row.subjectId());
        Object dept = subject == null ? null : subject.get(key(subject, "dept_id"));
        Long subjectDept = dept == null ? null : ((Number) dept).longValue();
        long taskId = tasks.insertSingleTask(user.tenantId(), id, row.subjectId(), inspector, row.gridId(), subjectDept,
                row.itemIds(), user.username());
        store.linkTask(id, taskId);
        store.step(id, "REASSIGN", user.id(), user.realName(), row.currentDeptId(), null, inspector, req.note());
        events.publishEvent(new SamplingTasksDispatchedEvent(inspector, null, 1, "ESCALATION"));
        return detail(id);
    }

    @Transactional
    public Map<String, Object> escalate(long id, EscalationRequests.Escalate req) {
        LoginUser user = CurrentUser.require();
        EscalationStore.Row row = requireHandleable(id, user);
        long parent = org.parentDept(row.currentDeptId())
                .orElseThrow(() -> BizException.badRequest("已是最高一级部门，无法继续上报"));
        if (!store.moveTo(id, row.version(), parent, user.username())) {
            throw BizException.conflict("该流转已被他人处理，请刷新后重试");
        }
        store.step(id, "ESCALATE", user.id(), user.realName(), row.currentDeptId(), parent, null, req.reason());
        return detail(id);
    }

    private EscalationStore.Row requireHandleable(long id, LoginUser user) {
        EscalationStore.Row row = require(id);
        if (!user.admin() && (user.deptId() == null || user.deptId() != row.currentDeptId())) {
            throw BizException.forbidden("该流转不在您所在部门处理范围内");
        }
        if (!"OPEN".equals(row.status())) {
            throw BizException.conflict("该流转已处理");
        }
        return row;
    }

    private EscalationStore.Row require(long id) {
        EscalationStore.Row row = store.find(id);
        if (row == null) {
            throw BizException.notFound("流转记录不存在");
        }
        return row;
    }

    private Map<String, Object> detail(long id) {
        EscalationStore.Row row = store.find(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.id());
        m.put("subjectId", row.subjectId());
        m.put("gridId", row.gridId());
        m.put("itemIds", row.itemIds());
        m.put("reason", row.reason());
        m.put("raisedBy", row.raisedBy());
        m.put("status", row.status());
        m.put("currentDeptId", row.currentDeptId());
        m.put("assigneeId", row.assigneeId());
        m.put("taskId", row.taskId());
        m.put("version", row.version());
        // a Timestamp like the list rows, so that both are written in the same zone and format
        m.put("createTime", row.createTime() == null ? null : java.sql.Timestamp.valueOf(row.createTime()));
        names.rows(List.of(m));
        List<Map<String, Object>> steps = store.steps(id);
        names.steps(steps);
        m.put("steps", steps);
        return m;
    }

    private static void checkStatus(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("流转状态只能是 OPEN、REASSIGNED 或 CLOSED");
        }
    }

    private static Long asLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    private static String key(Map<String, Object> row, String column) {
        return row.containsKey(column) ? column : column.toUpperCase(java.util.Locale.ROOT);
    }
}
