package com.yuyang.traffic.safety.appeal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A8/A10 appeals: the enterprise bound to a subject appeals one of its inspection records (content and files);
 * an inspector covering the subject's grid — normally the one who made the record — answers, and the enterprise
 * is told (APPEAL_ANSWERED). At most one open appeal per record (unique key on the open record); answered
 * appeals stay as the record's trail, and a new appeal may follow an answer.
 */
@Service
public class InspectionAppealService {

    static final Set<String> STATUSES = Set.of("OPEN", "ANSWERED");

    private final AppealStore store;
    private final SubjectAccess subjects;
    private final FileService files;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    public InspectionAppealService(AppealStore store, SubjectAccess subjects, FileService files, DataScopeResolver scopes,
                         ApplicationEventPublisher events, ObjectMapper json) {
        this.store = store;
        this.subjects = subjects;
        this.files = files;
        this.scopes = scopes;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public Map<String, Object> submit(AppealRequests.Submit req, LoginUser user) {
        SafetySubject own = subjects.requireOwnSubject(user);
        AppealStore.Inspection insp = store.inspection(req.inspectionId());
        if (insp == null || insp.subjectId() != own.getId()) {
            // another subject's record does not exist for this enterprise
            throw BizException.notFound("检查记录不存在");
        }
        files.requireOwned(req.files(), user.id());
        long id;
        try {
            id = store.insert(insp, user.id(), req.content().trim(), write(req.files()), user.username());
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该检查记录已有待答复的申诉，请等待答复后再提交");
        }
        return view(store.find(id));
    }

    @Transactional
    public Map<String, Object> answer(long id, AppealRequests.Answer req, LoginUser user) {
        Map<String, Object> a = visible(id, user);
        if (SubjectAccess.isEnterprise(user)) {
            throw BizException.forbidden("企业不能答复申诉");
        }
        if (!"OPEN".equals(a.get("status"))) {
            throw BizException.conflict("该申诉已答复");
        }
        files.requireOwned(req.files(), user.id());
        int version = ((Number) a.get("version")).intValue();
        if (!store.answer(id, version, user.id(), user.username(), req.content().trim(), write(req.files()))) {
            throw BizException.conflict("该申诉已被他人答复，请刷新");
        }
        events.publishEvent(new AppealAnsweredEvent(id, num(a, "appellantId"), num(a, "subjectId"), num(a, "inspectionId")));
        return view(store.find(id));
    }

    /** Enterprise: its own subject's appeals; staff: appeals in their grids. */
    public List<Map<String, Object>> list(String status, Long inspectionId, LoginUser user) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("申诉状态只能是 OPEN 或 ANSWERED");
        }
        List<Map<String, Object>> rows;
        if (SubjectAccess.isEnterprise(user)) {
            rows = store.list(subjects.requireOwnSubject(user).getId(), null, status, inspectionId);
        } else {
            DataScope scope = scopes.resolve(user);
            rows = store.list(null, scope.all() ? null : scope.gridIds(), status, inspectionId);
        }
        return rows.stream().map(this::view).toList();
    }

    /** One appeal with the record's whole trail (every appeal on the same inspection, oldest first). */
    public Map<String, Object> detail(long id, LoginUser user) {
        Map<String, Object> a = view(visible(id, user));
        long inspectionId = num(a, "inspectionId");
        List<Map<String, Object>> trail = new java.util.ArrayList<>(store.list(num(a, "subjectId"), null, null, inspectionId)
                .stream().map(this::view).toList());
        java.util.Collections.reverse(trail);
        a.put("trail", trail);
        return a;
    }

    /** 404 unless the caller may see the appeal: the bound enterprise, or staff whose grids cover it. */
    private Map<String, Object> visible(long id, LoginUser user) {
        Map<String, Object> a = store.find(id);
        boolean ok = a != null && (SubjectAccess.isEnterprise(user)
                ? subjects.requireOwnSubject(user).getId() == num(a, "subjectId")
                : scopes.resolve(user).allows(num(a, "gridId")));
        if (!ok) {
            throw BizException.notFound("申诉不存在或无权访问");
        }
        return a;
    }

    private Map<String, Object> view(Map<String, Object> row) {
        row.put("files", read((String) row.get("files")));
        row.put("answerFiles", read((String) row.get("answerFiles")));
        return row;
    }

    private String write(List<Long> ids) {
        try {
            return json.writeValueAsString(ids == null ? List.of() : ids.stream().distinct().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(ids, new TypeReference<List<Long>>() { }).stream().map(String::valueOf).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
