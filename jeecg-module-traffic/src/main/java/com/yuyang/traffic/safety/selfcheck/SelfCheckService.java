package com.yuyang.traffic.safety.selfcheck;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import com.yuyang.traffic.safety.subject.GridInspectors;
import com.yuyang.traffic.safety.subject.GridReview;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import com.yuyang.traffic.safety.support.ReviewTrail;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A8 enterprise self-check: the enterprise bound to a subject answers its industry's self-check items
 * (合格, or 不达标 with a text and photos), saves drafts, submits; an inspector whose grids cover the subject
 * approves it or returns it with a reason; a returned self-check is edited and submitted again. Every state
 * change is one conditional UPDATE on (status, version), so concurrent edits or reviews cannot both win; every
 * submission and review is kept in the review trail.
 */
@Service
public class SelfCheckService {

    public static final String BIZ = "SELF_CHECK";
    public static final String PERIOD_CONFIG = "safety.self-check.period";
    public static final String REMIND_DAYS_CONFIG = "safety.self-check.remind-days";
    static final Set<String> EDITABLE = Set.of("DRAFT", "RETURNED");
    static final Set<String> STATUSES = Set.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SubjectAccess subjects;
    private final GridReview review;

    private static final GridReview.Kind REVIEWED = new GridReview.Kind("safety_self_check", "自检", "自检记录不存在或无权访问",
            "SUBMITTED", SelfCheckService::statusName);
    private final GridInspectors inspectors;
    private final FileService files;
    private final ReviewTrail trail;
    private final ConfigService config;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;

    public SelfCheckService(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, SubjectAccess subjects, GridInspectors inspectors,
                            FileService files, ReviewTrail trail, ConfigService config, DataScopeResolver scopes,
                            ApplicationEventPublisher events, GridReview review) {
        this.jdbc = jdbc;
        this.review = review;
        this.named = named;
        this.subjects = subjects;
        this.inspectors = inspectors;
        this.files = files;
        this.trail = trail;
        this.config = config;
        this.scopes = scopes;
        this.events = events;
    }

    public SelfCheckPeriod period(LocalDate day) {
        return SelfCheckPeriod.of(config.getString(PERIOD_CONFIG, "MONTH").trim().toUpperCase(), day);
    }

    /** The self-check items of an industry (active items only), in the items' order. */
    List<Map<String, Object>> template(Long industryId) {
        if (industryId == null) {
            return List.of();
        }
        return Rows.camel(jdbc.queryForList("SELECT c.id AS item_id, c.name, c.content, c.item_group FROM safety_industry_item ii"
                + " JOIN safety_check_item c ON c.id = ii.item_id WHERE ii.industry_id = ? AND ii.kind = 'SELF_CHECK'"
                + " AND c.status = 'ACTIVE' AND c.del_flag = 0 ORDER BY c.sort_no, c.id", industryId));
    }

    /** The enterprise's view of the current period: the items to answer and the self-check if one exists. */
    public Map<String, Object> current(LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        SelfCheckPeriod p = period(LocalDate.now());
        List<Long> ids = jdbc.queryForList("SELECT id FROM safety_self_check WHERE subject_id = ? AND period_key = ? AND del_flag = 0",
                Long.class, s.getId(), p.key());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", p);
        out.put("subjectId", s.getId());
        out.put("subjectName", s.getName());
        out.put("items", template(s.getIndustryId()));
        out.put("selfCheck", ids.isEmpty() ? null : detail(ids.get(0), user));
        return out;
    }

    /** Starts the current period's self-check (a draft, optionally with first answers). */
    @Transactional
    public Map<String, Object> create(SelfCheckRequests.Save body, LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        List<Map<String, Object>> template = template(s.getIndustryId());
        if (template.isEmpty()) {
            throw BizException.badRequest("所属行业未配置自检项，请联系监管部门");
        }
        List<SelfCheckRequests.Answer> answers = checkAnswers(body, template, user);
        SelfCheckPeriod p = period(LocalDate.now());
        long id = IdWorker.getId();
        Timestamp now = now();
        try {
            jdbc.update("INSERT INTO safety_self_check (id, tenant_id, grid_id, subject_id, industry_id, period_key, period_start,"
                            + " period_end, status, create_by, create_time, update_by, update_time) VALUES (?,?,?,?,?,?,?,?,'DRAFT',?,?,?,?)",
                    id, s.getTenantId(), s.getGridId(), s.getId(), s.getIndustryId(), p.key(), Date.valueOf(p.start()),
                    Date.valueOf(p.end()), user.username(), now, user.username(), now);
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("本期自检已创建，请在原记录上继续填写");
        }
        writeAnswers(id, answers, now);
        return detail(id, user);
    }

    /** Saves the answers of a draft or of a returned self-check (replaces the previous answers). */
    @Transactional
    public Map<String, Object> save(long id, SelfCheckRequests.Save body, LoginUser user) {
        Map<String, Object> row = own(id, user);
        requireEditable(row);
        List<SelfCheckRequests.Answer> answers = checkAnswers(body, template(asLong(row.get("industryId"))), user);
        Timestamp now = now();
        int n = jdbc.update("UPDATE safety_self_check SET version = version + 1, update_by = ?, update_time = ?"
                        + " WHERE id = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')",
                user.username(), now, id, row.get("version"));
        if (n == 0) {
            throw BizException.conflict("自检记录已变化，请刷新后重试");
        }
        jdbc.update("DELETE FROM safety_self_check_result WHERE self_check_id = ?", id);
        jdbc.update("DELETE FROM safety_self_check_attachment WHERE self_check_id = ?", id);
        writeAnswers(id, answers, now);
        return detail(id, user);
    }

    @Transactional
    public Map<String, Object> submit(long id, LoginUser user) {
        Map<String, Object> row = own(id, user);
        requireEditable(row);
        List<Map<String, Object>> template = template(asLong(row.get("industryId")));
        List<Map<String, Object>> items = merged(id, template);
        List<String> missing = items.stream().filter(i -> i.get("result") == null).map(i -> (String) i.get("name")).toList();
        if (!missing.isEmpty()) {
            throw BizException.badRequest("以下自检项尚未填写：" + String.join("、", missing));
        }
        List<String> incomplete = items.stream().filter(i -> "UNQUALIFIED".equals(i.get("result"))
                        && (blank((String) i.get("remark")) || ((List<?>) i.get("attachments")).isEmpty()))
                .map(i -> (String) i.get("name")).toList();
        if (!incomplete.isEmpty()) {
            throw BizException.badRequest("不达标项须填写情况说明并上传照片：" + String.join("、", incomplete));
        }
        long unqualified = items.stream().filter(i -> "UNQUALIFIED".equals(i.get("result"))).count();
        int round = ((Number) row.get("roundNo")).intValue() + 1;
        Timestamp now = now();
        int n = jdbc.update("UPDATE safety_self_check SET status = 'SUBMITTED', round_no = ?, qualified_count = ?,"
                        + " unqualified_count = ?, submitted_by = ?, submitted_at = ?, version = version + 1, update_by = ?,"
                        + " update_time = ? WHERE id = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')",
                round, items.size() - unqualified, unqualified, user.id(), now, user.username(), now, id, row.get("version"));
        if (n == 0) {
            throw BizException.conflict("自检记录已变化，请刷新后重试");
        }
        trail.append(BIZ, id, round, "SUBMIT", user, null, Map.of("items", items));
        long tenant = asLong(row.get("tenantId"));
        events.publishEvent(new SelfCheckEvents.Submitted(id, tenant, asLong(row.get("subjectId")), (String) row.get("subjectName"),
                (String) row.get("periodKey"), round, inspectors.of(tenant, asLong(row.get("gridId")))));
        return detail(id, user);
    }

    @Transactional
    public Map<String, Object> review(long id, boolean approve, String note, LoginUser user) {
        Map<String, Object> row = review.decide(REVIEWED, id, this::load, approve, note, user);
        Timestamp now = now();
        int round = ((Number) row.get("roundNo")).intValue();
        trail.append(BIZ, id, round, approve ? "APPROVE" : "RETURN", user, note, null);
        events.publishEvent(new SelfCheckEvents.Reviewed(id, asLong(row.get("tenantId")), (String) row.get("subjectName"),
                (String) row.get("periodKey"), approve, note, subjects.accountsOf(asLong(row.get("subjectId")))));
        if (approve) {
            List<Long> defects = jdbc.queryForList("SELECT item_id FROM safety_self_check_result WHERE self_check_id = ?"
                    + " AND result = 'UNQUALIFIED' ORDER BY item_id", Long.class, id);
            if (!defects.isEmpty()) {
                events.publishEvent(new SelfCheckEvents.ApprovedWithDefects(id, asLong(row.get("tenantId")), asLong(row.get("gridId")),
                        asLong(row.get("subjectId")), (String) row.get("periodKey"), defects, now.toLocalDateTime()));
            }
        }
        return detail(id, user);
    }

    /** The enterprise's own self-checks, newest period first (history). */
    public List<Map<String, Object>> mine(LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        return Rows.camel(jdbc.queryForList(LIST + " WHERE c.subject_id = ? AND c.del_flag = 0 ORDER BY c.period_start DESC, c.id DESC",
                s.getId()));
    }

    /** Self-checks of the caller's grids (grid isolation), e.g. status=SUBMITTED for the review queue. */
    public List<Map<String, Object>> inMyGrids(String status, Long subjectId, String periodKey, LoginUser user) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("状态只能是 DRAFT、SUBMITTED、RETURNED 或 APPROVED");
        }
        DataScope scope = scopes.resolve(user);
        if (!scope.all() && scope.gridIds().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder(LIST).append(" WHERE c.del_flag = 0");
        if (!scope.all()) {
            sql.append(" AND c.grid_id IN (:grids)");
            p.addValue("grids", scope.gridIds());
        }
        if (status != null) {
            sql.append(" AND c.status = :status");
            p.addValue("status", status);
        }
        if (subjectId != null) {
            sql.append(" AND c.subject_id = :subject");
            p.addValue("subject", subjectId);
        }
        if (periodKey != null && !periodKey.isBlank()) {
            sql.append(" AND c.period_key = :period");
            p.addValue("period", periodKey.trim());
        }
        sql.append(" ORDER BY c.submitted_at DESC, c.id DESC LIMIT 500");
        return Rows.camel(named.queryForList(sql.toString(), p));
    }

    private static final String LIST = "SELECT c.id, c.subject_id, s.name AS subject_name, c.grid_id, c.period_key, c.period_start,"
            + " c.period_end, c.status, c.round_no, c.qualified_count, c.unqualified_count, c.submitted_at, c.reviewer_id,"
            + " c.reviewed_at, c.review_note FROM safety_self_check c LEFT JOIN safety_subject s ON s.id = c.subject_id";

    /** One self-check with its answers (merged with the industry's items), attachments and trail. */
    public Map<String, Object> detail(long id, LoginUser user) {
        Map<String, Object> row = readable(id, user);
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.remove("tenantId");
        out.put("items", merged(id, template(asLong(row.get("industryId")))));
        out.put("trail", trail.of(BIZ, id));
        return out;
    }

    /** A file attached to the self-check now or in an earlier submitted round, for whoever may read it. */
    public StoredFile attachment(long id, long fileId, LoginUser user) {
        readable(id, user);
        Set<Long> allowed = new HashSet<>(jdbc.queryForList(
                "SELECT file_id FROM safety_self_check_attachment WHERE self_check_id = ?", Long.class, id));
        for (Map<String, Object> t : trail.of(BIZ, id)) {
            if (t.get("snapshot") instanceof JsonNode snap) {
                snap.path("items").forEach(i -> i.path("attachments").forEach(a -> allowed.add(a.path("id").asLong())));
            }
        }
        StoredFile f = allowed.contains(fileId) ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("文件不存在或无权访问");
        }
        return f;
    }

    /** Subjects whose self-check of the period is not submitted, when the period ends within the configured days. */
    public List<SelfCheckEvents.Due> dueReminders(LocalDate today) {
        SelfCheckPeriod p = period(today);
        int days = Math.max(1, config.getInt(REMIND_DAYS_CONFIG, 7));
        if (today.isBefore(p.end().minusDays(days - 1L))) {
            return List.of();
        }
        List<SelfCheckEvents.Due> due = new ArrayList<>();
        jdbc.query("SELECT s.id, s.tenant_id, s.name, a.user_id FROM safety_subject s JOIN safety_subject_account a ON a.subject_id = s.id"
                        + " WHERE s.del_flag = 0 AND s.status <> 'HIDDEN'"
                        + " AND EXISTS (SELECT 1 FROM safety_industry_item ii WHERE ii.industry_id = s.industry_id AND ii.kind = 'SELF_CHECK')"
                        + " AND NOT EXISTS (SELECT 1 FROM safety_self_check c WHERE c.subject_id = s.id AND c.period_key = ?"
                        + " AND c.status IN ('SUBMITTED', 'APPROVED') AND c.del_flag = 0) ORDER BY s.id",
                rs -> {
                    due.add(new SelfCheckEvents.Due(rs.getLong("tenant_id"), rs.getLong("id"), rs.getString("name"), p,
                            rs.getLong("user_id")));
                }, p.key());
        due.forEach(events::publishEvent);
        return due;
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<SelfCheckRequests.Answer> checkAnswers(SelfCheckRequests.Save body, List<Map<String, Object>> template, LoginUser user) {
        List<SelfCheckRequests.Answer> answers = body == null || body.items() == null ? List.of() : body.items();
        Set<Long> allowed = template.stream().map(t -> asLong(t.get("itemId"))).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        List<Long> fileIds = new ArrayList<>();
        for (SelfCheckRequests.Answer a : answers) {
            if (!seen.add(a.itemId())) {
                throw BizException.badRequest("自检项重复：" + a.itemId());
            }
            if (!allowed.contains(a.itemId())) {
                throw BizException.badRequest("不是本行业的自检项：" + a.itemId());
            }
            if (a.attachments() != null) {
                fileIds.addAll(a.attachments());
            }
        }
        files.requireOwned(fileIds, user);
        return answers;
    }

    private void writeAnswers(long id, List<SelfCheckRequests.Answer> answers, Timestamp now) {
        List<Object[]> results = new ArrayList<>();
        List<Object[]> attachments = new ArrayList<>();
        for (SelfCheckRequests.Answer a : answers) {
            results.add(new Object[]{IdWorker.getId(), id, a.itemId(), a.result(), blank(a.remark()) ? null : a.remark().trim(), now});
            if (a.attachments() != null) {
                a.attachments().stream().distinct().forEach(f -> attachments.add(new Object[]{IdWorker.getId(), id, a.itemId(), f, now}));
            }
        }
        jdbc.batchUpdate("INSERT INTO safety_self_check_result (id, self_check_id, item_id, result, remark, create_time)"
                + " VALUES (?,?,?,?,?,?)", results);
        jdbc.batchUpdate("INSERT INTO safety_self_check_attachment (id, self_check_id, item_id, file_id, create_time)"
                + " VALUES (?,?,?,?,?)", attachments);
    }

    /** The industry's items with the current answers (result null = not answered yet). */
    private List<Map<String, Object>> merged(long id, List<Map<String, Object>> template) {
        Map<Long, Map<String, Object>> answers = new LinkedHashMap<>();
        Rows.camel(jdbc.queryForList("SELECT item_id, result, remark FROM safety_self_check_result WHERE self_check_id = ?", id))
                .forEach(r -> answers.put(asLong(r.get("itemId")), r));
        Map<Long, List<Map<String, Object>>> files = new LinkedHashMap<>();
        Rows.camel(jdbc.queryForList("SELECT a.item_id, a.file_id AS id, f.original_name AS name, f.content_type FROM"
                        + " safety_self_check_attachment a LEFT JOIN traffic_file f ON f.id = a.file_id WHERE a.self_check_id = ?"
                        + " ORDER BY a.create_time, a.id", id))
                .forEach(r -> files.computeIfAbsent(asLong(r.remove("itemId")), k -> new ArrayList<>()).add(r));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> t : template) {
            long itemId = asLong(t.get("itemId"));
            Map<String, Object> m = new LinkedHashMap<>(t);
            Map<String, Object> a = answers.get(itemId);
            m.put("result", a == null ? null : a.get("result"));
            m.put("remark", a == null ? null : a.get("remark"));
            m.put("attachments", files.getOrDefault(itemId, List.of()));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> load(long id) {
        List<Map<String, Object>> rows = Rows.camel(jdbc.queryForList("SELECT c.*, s.name AS subject_name FROM safety_self_check c"
                + " LEFT JOIN safety_subject s ON s.id = c.subject_id WHERE c.id = ? AND c.del_flag = 0", id));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The self-check of the caller's own subject (enterprise); 404 for anything else. */
    private Map<String, Object> own(long id, LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        Map<String, Object> row = load(id);
        if (row == null || asLong(row.get("subjectId")) != s.getId()) {
            throw BizException.notFound("自检记录不存在或无权访问");
        }
        return row;
    }

    /** Enterprise: its own subject's; others: a subject in their grids. 404 otherwise (no hint it exists). */
    private Map<String, Object> readable(long id, LoginUser user) {
        if (SubjectAccess.isEnterprise(user)) {
            return own(id, user);
        }
        Map<String, Object> row = load(id);
        if (row == null || !subjects.covers(user, asLong(row.get("gridId")))) {
            throw BizException.notFound("自检记录不存在或无权访问");
        }
        return row;
    }

    private static void requireEditable(Map<String, Object> row) {
        String status = (String) row.get("status");
        if ("SUBMITTED".equals(status)) {
            throw BizException.conflict("自检已提交，等待网格员审核，不能修改");
        }
        if ("APPROVED".equals(status)) {
            throw BizException.conflict("自检已审核通过，不能修改");
        }
    }

    static String statusName(String status) {
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "待审核";
            case "RETURNED" -> "已退回";
            case "APPROVED" -> "已通过";
            default -> status;
        };
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now().withNano(0));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static long asLong(Object o) {
        return ((Number) o).longValue();
    }
}
