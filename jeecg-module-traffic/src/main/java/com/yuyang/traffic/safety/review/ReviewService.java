package com.yuyang.traffic.safety.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.data.RowValidator;
import com.yuyang.base.online.data.SensitiveFields;
import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.base.online.query.FieldErrors;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import com.yuyang.traffic.safety.subject.SubjectChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A10 review management. An enterprise never edits its company or employee data directly: it submits a pending
 * change (whitelisted fields, validated by the same form rules as the admin pages), and the service centre
 * checks it against its records — approve (the change is applied to safety_subject / safety_employee through
 * the subject feature, in the deciding transaction), return with a reason (the enterprise may submit again),
 * or reject as not managed by this centre. One pending change per record; decisions are first-come (409).
 */
@Service
public class ReviewService {

    public static final String NOT_OURS = "您不属于本中心从业人员或运输单位";
    static final Set<String> KINDS = Set.of("SUBJECT", "EMPLOYEE");
    static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "RETURNED", "REJECTED");
    private static final Map<String, String> FORMS = Map.of("SUBJECT", "safety_subject", "EMPLOYEE", "safety_employee");

    private final ReviewStore store;
    private final SubjectAccess subjects;
    private final SubjectChanges changes;
    private final FormRegistry forms;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final SensitiveFields sensitive;

    public ReviewService(ReviewStore store, SubjectAccess subjects, SubjectChanges changes, FormRegistry forms,
                         DataScopeResolver scopes, ApplicationEventPublisher events, ObjectMapper json,
                         SensitiveFields sensitive) {
        this.sensitive = sensitive;
        this.store = store;
        this.subjects = subjects;
        this.changes = changes;
        this.forms = forms;
        this.scopes = scopes;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public Map<String, Object> submit(ReviewRequests.Submit req, LoginUser user) {
        SafetySubject own = subjects.requireOwnSubject(user);
        String kind = req.kind().trim().toUpperCase(java.util.Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw BizException.badRequest("资料类型只能是 SUBJECT（单位信息）或 EMPLOYEE（从业人员）");
        }
        Long target = req.targetId();
        if ("SUBJECT".equals(kind)) {
            if (target != null && target.longValue() != own.getId()) {
                throw BizException.notFound("主体不存在或无权访问");
            }
            target = own.getId();
        } else if (target != null) {
            Map<String, Object> employee = changes.employee(target);
            if (employee.isEmpty() || ((Number) employee.get("subject_id")).longValue() != own.getId()) {
                throw BizException.notFound("从业人员不存在或不属于本单位");
            }
        }
        boolean creating = "EMPLOYEE".equals(kind) && target == null;
        Map<String, Object> values = validate(kind, req.data(), creating);
        String pendingKey = creating ? null : kind + ":" + target;
        long id;
        try {
            id = store.insert(own.getTenantId(), own.getGridId(), own.getId(), kind, creating ? null : target, pendingKey,
                    write(sealed(kind, values)), user.id(), user.username());
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该资料已有待审核的变更，请等待审核结果");
        }
        return view(store.find(id));
    }

    /** The enterprise's own submissions. */
    public List<Map<String, Object>> mine(String status, LoginUser user) {
        checkStatus(status);
        return store.list(subjects.requireOwnSubject(user).getId(), null, status, null).stream().map(this::view).toList();
    }

    /** The reviewer's queue, limited to the subjects of their grids. */
    public List<Map<String, Object>> queue(String status, String kind, LoginUser user) {
        checkStatus(status);
        if (kind != null && !KINDS.contains(kind)) {
            throw BizException.badRequest("资料类型只能是 SUBJECT 或 EMPLOYEE");
        }
        DataScope scope = scopes.resolve(user);
        return store.list(null, scope.all() ? null : scope.gridIds(), status, kind).stream().map(this::view).toList();
    }

    /** A submission with the values currently on record, for the reviewer's comparison. */
    public Map<String, Object> detail(long id, LoginUser user) {
        Map<String, Object> r = view(visible(id, user));
        FormDef form = forms.runtime(FORMS.get((String) r.get("kind")));
        long target = r.get("targetId") == null ? 0 : ((Number) r.get("targetId")).longValue();
        Map<String, Object> current = "SUBJECT".equals(r.get("kind")) ? changes.profile(((Number) r.get("subjectId")).longValue())
                : target == 0 ? Map.of() : changes.employee(target);
        Map<String, Object> shown = new LinkedHashMap<>(current);
        shown.remove("subject_id");
        sensitive.reveal(form, List.of(shown));
        r.put("current", shown);
        return r;
    }

    @Transactional
    public Map<String, Object> approve(long id, LoginUser user) {
        Map<String, Object> r = pending(id, user);
        String kind = (String) r.get("kind");
        r.put("data", unsealed(kind, stored(store.find(id))));
        // re-validated against today's form rules: the form may have changed while the submission waited
        @SuppressWarnings("unchecked")
        Map<String, Object> proposed = (Map<String, Object>) r.get("data");
        boolean creating = "EMPLOYEE".equals(kind) && r.get("targetId") == null;
        Map<String, Object> values = sealed(kind, validate(kind, proposed, creating));
        decide(r, "APPROVED", null, user);
        long subjectId = ((Number) r.get("subjectId")).longValue();
        long applied;
        if ("SUBJECT".equals(kind)) {
            changes.applyProfile(subjectId, values, user.username());
            applied = subjectId;
        } else if (creating) {
            SafetySubject s = subjects.loadAsSystem(subjectId);
            if (s == null) {
                throw BizException.notFound("主体不存在或已删除");
            }
            applied = changes.addEmployee(s.getTenantId(), s.getGridId(), subjectId, values, user.username());
        } else {
            applied = ((Number) r.get("targetId")).longValue();
            changes.updateEmployee(applied, subjectId, values, user.username());
        }
        store.applied(id, applied);
        return view(store.find(id));
    }

    @Transactional
    public Map<String, Object> sendBack(long id, String reason, LoginUser user) {
        decide(pending(id, user), "RETURNED", reason.trim(), user);
        return view(store.find(id));
    }

    @Transactional
    public Map<String, Object> reject(long id, LoginUser user) {
        decide(pending(id, user), "REJECTED", NOT_OURS, user);
        return view(store.find(id));
    }

    private void decide(Map<String, Object> r, String status, String reason, LoginUser user) {
        long id = ((Number) r.get("id")).longValue();
        if (!store.decide(id, ((Number) r.get("version")).intValue(), status, reason, user.id(), user.username())) {
            throw BizException.conflict("该资料已被他人审核，请刷新");
        }
        events.publishEvent(new ReviewDecidedEvent(id, ((Number) r.get("submittedBy")).longValue(), (String) r.get("kind"),
                status, reason));
    }

    private Map<String, Object> pending(long id, LoginUser user) {
        Map<String, Object> r = view(visible(id, user));
        if (!"PENDING".equals(r.get("status"))) {
            throw BizException.conflict("该资料已审核，不能重复处理");
        }
        return r;
    }

    private Map<String, Object> visible(long id, LoginUser user) {
        Map<String, Object> r = store.find(id);
        if (r == null || SubjectAccess.isEnterprise(user) || !scopes.resolve(user).allows(((Number) r.get("gridId")).longValue())) {
            throw BizException.notFound("审核资料不存在或无权访问");
        }
        return r;
    }

    /** Whitelisted columns only, typed and checked by the form's own rules (length, pattern, range, required). */
    private Map<String, Object> validate(String kind, Map<String, Object> data, boolean creating) {
        List<String> allowed = "SUBJECT".equals(kind) ? SubjectChanges.PROFILE_COLUMNS : SubjectChanges.EMPLOYEE_COLUMNS;
        List<String> refused = data.keySet().stream().filter(k -> !allowed.contains(k)).sorted().toList();
        if (!refused.isEmpty()) {
            throw BizException.badRequest("以下字段不能通过审核申请修改：" + String.join("、", refused));
        }
        FormDef form = forms.runtime(FORMS.get(kind));
        Map<String, Object> body = new LinkedHashMap<>(data);
        if (creating) {
            body.put("subject_id", 0L); // the subject is the submitter's own, set on approval
        }
        FieldErrors errors = new FieldErrors();
        Map<String, Object> values = RowValidator.columns(form, body, creating, Set.of(), "", errors);
        errors.throwIfAny();
        values.keySet().retainAll(allowed);
        return values;
    }

    private void checkStatus(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("审核状态只能是 PENDING、APPROVED、RETURNED 或 REJECTED");
        }
    }

    /** For output: the proposed values with phone and ID numbers revealed as the caller may see them (masked). */
    private Map<String, Object> view(Map<String, Object> r) {
        Map<String, Object> data = stored(r);
        r.remove("payload");
        if (data != null) {
            sensitive.reveal(forms.runtime(FORMS.get((String) r.get("kind"))), List.of(data));
            r.put("data", data);
        }
        return r;
    }

    /** The stored proposal: phone and ID numbers sealed (ciphertext + blind index), like the records themselves. */
    private Map<String, Object> stored(Map<String, Object> r) {
        if (!(r.get("payload") instanceof String s)) {
            return null;
        }
        try {
            return json.readValue(s, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> sealed(String kind, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        sensitive.seal(forms.runtime(FORMS.get(kind)), out);
        return out;
    }

    private Map<String, Object> unsealed(String kind, Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>(data);
        for (FieldDef f : forms.runtime(FORMS.get(kind)).fields()) {
            if (f.encrypted() && out.containsKey(f.name())) {
                out.put(f.name(), sensitive.plain(f, out));
                out.remove(f.hashColumn());
            }
        }
        return out;
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
