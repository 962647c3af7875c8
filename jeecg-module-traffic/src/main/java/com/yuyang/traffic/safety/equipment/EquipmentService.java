package com.yuyang.traffic.safety.equipment;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
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
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A8 special equipment: the enterprise declares an equipment of a type (safety_equipment_type carries the
 * care and check cycles), an inspector of the subject's grid approves or returns it, approval opens one
 * maintenance cycle per kind the type defines, maintenance reports (with files) move the cycle's due date,
 * and a job warns once per overdue cycle. State changes are conditional UPDATEs on (status, version).
 */
@Service
public class EquipmentService {

    public static final String BIZ = "EQUIPMENT";
    static final Set<String> STATUSES = Set.of("PENDING", "RETURNED", "APPROVED");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SubjectAccess subjects;
    private final GridReview review;

    private static final GridReview.Kind REVIEWED = new GridReview.Kind("safety_equipment", "设备申报", "设备不存在或无权访问",
            "PENDING", EquipmentService::statusName);
    private final GridInspectors inspectors;
    private final FileService files;
    private final ReviewTrail trail;
    private final DataScopeResolver scopes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    public EquipmentService(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, SubjectAccess subjects, GridInspectors inspectors,
                            FileService files, ReviewTrail trail, DataScopeResolver scopes, ApplicationEventPublisher events,
                            TransactionTemplate tx, GridReview review) {
        this.jdbc = jdbc;
        this.review = review;
        this.named = named;
        this.subjects = subjects;
        this.inspectors = inspectors;
        this.files = files;
        this.trail = trail;
        this.scopes = scopes;
        this.events = events;
        this.tx = tx;
    }

    @Transactional
    public Map<String, Object> declare(EquipmentRequests.Declare req, LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        check(req, user);
        long id = IdWorker.getId();
        Timestamp now = now();
        try {
            jdbc.update("INSERT INTO safety_equipment (id, tenant_id, grid_id, subject_id, type_id, name, model_no, serial_no, location,"
                            + " install_date, last_care_date, last_check_date, remark, status, create_by, create_time, update_by, update_time)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'PENDING',?,?,?,?)",
                    id, s.getTenantId(), s.getGridId(), s.getId(), req.typeId(), req.name().trim(), req.modelNo(), req.serialNo().trim(),
                    req.location(), date(req.installDate()), date(req.lastCareDate()), date(req.lastCheckDate()), req.remark(),
                    user.username(), now, user.username(), now);
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该出厂编号的设备已申报：" + req.serialNo().trim());
        }
        writeFiles(id, null, req.attachments(), now);
        trail.append(BIZ, id, 1, "DECLARE", user, null, req);
        events.publishEvent(new EquipmentEvents.Declared(id, s.getTenantId(), s.getName(), req.name().trim(), false,
                inspectors.of(s.getTenantId(), s.getGridId())));
        return detail(id, user);
    }

    /** Edits a pending declaration, or corrects a returned one (which goes back to review). */
    @Transactional
    public Map<String, Object> update(long id, EquipmentRequests.Declare req, LoginUser user) {
        Map<String, Object> row = own(id, user);
        String status = (String) row.get("status");
        if ("APPROVED".equals(status)) {
            throw BizException.conflict("设备已审核通过，不能修改申报信息");
        }
        check(req, user);
        Timestamp now = now();
        int n;
        try {
            n = jdbc.update("UPDATE safety_equipment SET type_id = ?, name = ?, model_no = ?, serial_no = ?, location = ?, install_date = ?,"
                            + " last_care_date = ?, last_check_date = ?, remark = ?, status = 'PENDING', version = version + 1, update_by = ?,"
                            + " update_time = ? WHERE id = ? AND version = ? AND status IN ('PENDING', 'RETURNED')",
                    req.typeId(), req.name().trim(), req.modelNo(), req.serialNo().trim(), req.location(), date(req.installDate()),
                    date(req.lastCareDate()), date(req.lastCheckDate()), req.remark(), user.username(), now, id, row.get("version"));
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该出厂编号的设备已申报：" + req.serialNo().trim());
        }
        if (n == 0) {
            throw BizException.conflict("设备申报已变化，请刷新后重试");
        }
        jdbc.update("DELETE FROM safety_equipment_file WHERE equipment_id = ? AND maintenance_id IS NULL", id);
        writeFiles(id, null, req.attachments(), now);
        boolean resubmitted = "RETURNED".equals(status);
        trail.append(BIZ, id, 0, resubmitted ? "RESUBMIT" : "EDIT", user, null, req);
        if (resubmitted) {
            long tenant = asLong(row.get("tenantId"));
            events.publishEvent(new EquipmentEvents.Declared(id, tenant, (String) row.get("subjectName"), req.name().trim(), true,
                    inspectors.of(tenant, asLong(row.get("gridId")))));
        }
        return detail(id, user);
    }

    @Transactional
    public Map<String, Object> review(long id, boolean approve, String note, LoginUser user) {
        Map<String, Object> row = review.decide(REVIEWED, id, this::load, approve, note, user);
        Timestamp now = now();
        if (approve) {
            openCycles(row, now);
        }
        trail.append(BIZ, id, 0, approve ? "APPROVE" : "RETURN", user, note, null);
        events.publishEvent(new EquipmentEvents.Reviewed(id, asLong(row.get("tenantId")), (String) row.get("name"), approve, note,
                subjects.accountsOf(asLong(row.get("subjectId")))));
        return detail(id, user);
    }

    /** One cycle per kind the type defines; the first due date counts from the last maintenance declared, or from today. */
    private void openCycles(Map<String, Object> row, Timestamp now) {
        Map<String, Object> type = Rows.camel(jdbc.queryForMap("SELECT care_cycle_days, check_cycle_days FROM safety_equipment_type WHERE id = ?",
                row.get("typeId")));
        LocalDate today = LocalDate.now();
        List<Object[]> cycles = new ArrayList<>();
        for (String kind : List.of("CARE", "CHECK")) {
            Object days = type.get(kind.equals("CARE") ? "careCycleDays" : "checkCycleDays");
            if (days == null) {
                continue;
            }
            Object last = row.get(kind.equals("CARE") ? "lastCareDate" : "lastCheckDate");
            LocalDate lastOn = last == null ? null : ((Date) last).toLocalDate();
            LocalDate due = (lastOn == null ? today : lastOn).plusDays(((Number) days).intValue());
            cycles.add(new Object[]{IdWorker.getId(), row.get("tenantId"), row.get("gridId"), row.get("subjectId"), row.get("id"), kind,
                    ((Number) days).intValue(), date(lastOn), Date.valueOf(due), now, now});
        }
        jdbc.batchUpdate("INSERT INTO safety_equipment_cycle (id, tenant_id, grid_id, subject_id, equipment_id, kind, cycle_days,"
                + " last_done_on, next_due_on, create_time, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?)", cycles);
    }

    /** A maintenance report: moves the cycle's due date to the maintenance date plus the cycle. */
    @Transactional
    public Map<String, Object> report(long id, EquipmentRequests.Maintenance req, LoginUser user) {
        Map<String, Object> row = own(id, user);
        if (!"APPROVED".equals(row.get("status"))) {
            throw BizException.conflict("设备尚未审核通过，不能上报维保");
        }
        List<Map<String, Object>> found = Rows.camel(jdbc.queryForList(
                "SELECT * FROM safety_equipment_cycle WHERE equipment_id = ? AND kind = ?", id, req.kind()));
        if (found.isEmpty()) {
            throw BizException.badRequest("该设备类型没有" + kindName(req.kind()) + "周期");
        }
        Map<String, Object> cycle = found.get(0);
        if (req.doneOn().isAfter(LocalDate.now())) {
            throw BizException.badRequest("维保日期不能晚于今天");
        }
        LocalDate last = cycle.get("lastDoneOn") == null ? null : ((Date) cycle.get("lastDoneOn")).toLocalDate();
        if (last != null && req.doneOn().isBefore(last)) {
            throw BizException.badRequest("维保日期不能早于上次维保日期（" + last + "）");
        }
        files.requireOwned(req.attachments(), user);
        LocalDate previous = ((Date) cycle.get("nextDueOn")).toLocalDate();
        LocalDate next = req.doneOn().plusDays(((Number) cycle.get("cycleDays")).intValue());
        Timestamp now = now();
        int n = jdbc.update("UPDATE safety_equipment_cycle SET last_done_on = ?, next_due_on = ?, version = version + 1, update_time = ?"
                + " WHERE id = ? AND version = ?", Date.valueOf(req.doneOn()), Date.valueOf(next), now, cycle.get("id"), cycle.get("version"));
        if (n == 0) {
            throw BizException.conflict("维保周期已变化，请刷新后重试");
        }
        long mid = IdWorker.getId();
        jdbc.update("INSERT INTO safety_equipment_maintenance (id, tenant_id, grid_id, subject_id, equipment_id, cycle_id, kind, done_on,"
                        + " content, reporter_id, previous_due_on, next_due_on, create_by, create_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                mid, row.get("tenantId"), row.get("gridId"), row.get("subjectId"), id, cycle.get("id"), req.kind(), Date.valueOf(req.doneOn()),
                req.content().trim(), user.id(), Date.valueOf(previous), Date.valueOf(next), user.username(), now);
        writeFiles(id, mid, req.attachments(), now);
        return detail(id, user);
    }

    /** The enterprise's own equipment with its cycles. */
    public List<Map<String, Object>> mine(LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        return withCycles(Rows.camel(jdbc.queryForList(LIST + " WHERE e.subject_id = ? AND e.del_flag = 0 ORDER BY e.create_time DESC, e.id DESC",
                s.getId())));
    }

    /** Equipment of the caller's grids (grid isolation); status=PENDING is the review queue, overdue=true the warnings. */
    public List<Map<String, Object>> inMyGrids(String status, boolean overdue, LoginUser user) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("状态只能是 PENDING、RETURNED 或 APPROVED");
        }
        DataScope scope = scopes.resolve(user);
        if (!scope.all() && scope.gridIds().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder(LIST).append(" WHERE e.del_flag = 0");
        if (!scope.all()) {
            sql.append(" AND e.grid_id IN (:grids)");
            p.addValue("grids", scope.gridIds());
        }
        if (status != null) {
            sql.append(" AND e.status = :status");
            p.addValue("status", status);
        }
        if (overdue) {
            sql.append(" AND EXISTS (SELECT 1 FROM safety_equipment_cycle c WHERE c.equipment_id = e.id AND c.next_due_on < :today)");
            p.addValue("today", Date.valueOf(LocalDate.now()));
        }
        sql.append(" ORDER BY e.update_time DESC, e.id DESC LIMIT 500");
        return withCycles(Rows.camel(named.queryForList(sql.toString(), p)));
    }

    private static final String LIST = "SELECT e.id, e.subject_id, s.name AS subject_name, e.grid_id, e.type_id, t.name AS type_name,"
            + " e.name, e.model_no, e.serial_no, e.location, e.install_date, e.status, e.review_note, e.reviewed_at, e.update_time"
            + " FROM safety_equipment e LEFT JOIN safety_subject s ON s.id = e.subject_id"
            + " LEFT JOIN safety_equipment_type t ON t.id = e.type_id";

    public Map<String, Object> detail(long id, LoginUser user) {
        Map<String, Object> row = readable(id, user);
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.remove("tenantId");
        out.put("typeName", jdbc.queryForList("SELECT name FROM safety_equipment_type WHERE id = ?", String.class, row.get("typeId"))
                .stream().findFirst().orElse(null));
        out.put("attachments", filesOf(id, null));
        out.put("cycles", cycles(List.of(id)).getOrDefault(id, List.of()));
        List<Map<String, Object>> maintenance = Rows.camel(jdbc.queryForList("SELECT id, kind, done_on, content, reporter_id, previous_due_on,"
                + " next_due_on, create_time FROM safety_equipment_maintenance WHERE equipment_id = ? ORDER BY done_on DESC, create_time DESC", id));
        maintenance.forEach(m -> m.put("attachments", filesOf(id, asLong(m.get("id")))));
        out.put("maintenance", maintenance);
        out.put("trail", trail.of(BIZ, id));
        return out;
    }

    public StoredFile attachment(long id, long fileId, LoginUser user) {
        readable(id, user);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment_file WHERE equipment_id = ? AND file_id = ?",
                Integer.class, id, fileId);
        StoredFile f = n != null && n > 0 ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("文件不存在或无权访问");
        }
        return f;
    }

    /**
     * Warns about every cycle of an approved equipment whose due date passed and was not warned about yet:
     * one message per cycle and due date (the cycle remembers the due date it warned for, and the message's
     * dedupe key makes a concurrent run harmless). A maintenance report moves the due date, so a cycle that
     * falls overdue again is warned again.
     */
    public int warnOverdue(LocalDate today) {
        List<Map<String, Object>> due = Rows.camel(jdbc.queryForList("SELECT c.id, c.tenant_id, c.grid_id, c.subject_id, c.equipment_id,"
                + " c.kind, c.next_due_on, e.name AS equipment_name, s.name AS subject_name FROM safety_equipment_cycle c"
                + " JOIN safety_equipment e ON e.id = c.equipment_id LEFT JOIN safety_subject s ON s.id = c.subject_id"
                + " WHERE c.next_due_on < ? AND e.status = 'APPROVED' AND e.del_flag = 0"
                + " AND (c.warned_due_on IS NULL OR c.warned_due_on <> c.next_due_on) ORDER BY c.next_due_on, c.id", Date.valueOf(today)));
        int warned = 0;
        // many cycles share a subject and a grid: resolve their recipients once per run
        Map<Long, List<Long>> accounts = new java.util.HashMap<>();
        Map<String, List<Long>> gridInspectors = new java.util.HashMap<>();
        for (Map<String, Object> c : due) {
            Boolean sent = tx.execute(status -> {
                int n = jdbc.update("UPDATE safety_equipment_cycle SET warned_due_on = next_due_on WHERE id = ? AND next_due_on = ?"
                        + " AND (warned_due_on IS NULL OR warned_due_on <> next_due_on)", c.get("id"), c.get("nextDueOn"));
                if (n == 0) {
                    return false;
                }
                long tenant = asLong(c.get("tenantId"));
                Set<Long> to = new LinkedHashSet<>(accounts.computeIfAbsent(asLong(c.get("subjectId")), subjects::accountsOf));
                to.addAll(gridInspectors.computeIfAbsent(tenant + ":" + c.get("gridId"), k -> inspectors.of(tenant, asLong(c.get("gridId")))));
                events.publishEvent(new EquipmentEvents.MaintenanceOverdue(asLong(c.get("id")), asLong(c.get("equipmentId")), tenant,
                        (String) c.get("subjectName"), (String) c.get("equipmentName"), (String) c.get("kind"),
                        ((Date) c.get("nextDueOn")).toLocalDate(), List.copyOf(to)));
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                warned++;
            }
        }
        return warned;
    }

    // ---------------------------------------------------------------------------------------------------------

    private void check(EquipmentRequests.Declare req, LoginUser user) {
        Integer type = jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment_type WHERE id = ? AND status = 'ACTIVE' AND del_flag = 0",
                Integer.class, req.typeId());
        if (type == null || type == 0) {
            throw BizException.badRequest("特种设备类型不存在或已停用：" + req.typeId());
        }
        LocalDate today = LocalDate.now();
        if (after(req.installDate(), today) || after(req.lastCareDate(), today) || after(req.lastCheckDate(), today)) {
            throw BizException.badRequest("安装日期和上次维保日期不能晚于今天");
        }
        files.requireOwned(req.attachments(), user);
    }

    private List<Map<String, Object>> withCycles(List<Map<String, Object>> rows) {
        Map<Long, List<Map<String, Object>>> cycles = cycles(rows.stream().map(r -> asLong(r.get("id"))).toList());
        rows.forEach(r -> r.put("cycles", cycles.getOrDefault(asLong(r.get("id")), List.of())));
        return rows;
    }

    private Map<Long, List<Map<String, Object>>> cycles(List<Long> equipmentIds) {
        Map<Long, List<Map<String, Object>>> out = new LinkedHashMap<>();
        if (equipmentIds.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now();
        Rows.camel(named.queryForList("SELECT id, equipment_id, kind, cycle_days, last_done_on, next_due_on FROM safety_equipment_cycle"
                        + " WHERE equipment_id IN (:ids) ORDER BY kind", new MapSqlParameterSource("ids", equipmentIds)))
                .forEach(c -> {
                    c.put("overdue", ((Date) c.get("nextDueOn")).toLocalDate().isBefore(today));
                    out.computeIfAbsent(asLong(c.remove("equipmentId")), k -> new ArrayList<>()).add(c);
                });
        return out;
    }

    private List<Map<String, Object>> filesOf(long equipmentId, Long maintenanceId) {
        return Rows.camel(jdbc.queryForList("SELECT f.id, f.original_name AS name, f.content_type FROM safety_equipment_file a"
                + " JOIN traffic_file f ON f.id = a.file_id WHERE a.equipment_id = ? AND "
                + (maintenanceId == null ? "a.maintenance_id IS NULL" : "a.maintenance_id = ?") + " ORDER BY a.id",
                maintenanceId == null ? new Object[]{equipmentId} : new Object[]{equipmentId, maintenanceId}));
    }

    private void writeFiles(long equipmentId, Long maintenanceId, List<Long> fileIds, Timestamp now) {
        if (fileIds == null) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO safety_equipment_file (id, equipment_id, maintenance_id, file_id, create_time) VALUES (?,?,?,?,?)",
                fileIds.stream().distinct().map(f -> new Object[]{IdWorker.getId(), equipmentId, maintenanceId, f, now}).toList());
    }

    private Map<String, Object> load(long id) {
        List<Map<String, Object>> rows = Rows.camel(jdbc.queryForList("SELECT e.*, s.name AS subject_name FROM safety_equipment e"
                + " LEFT JOIN safety_subject s ON s.id = e.subject_id WHERE e.id = ? AND e.del_flag = 0", id));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Map<String, Object> own(long id, LoginUser user) {
        SafetySubject s = subjects.requireOwnSubject(user);
        Map<String, Object> row = load(id);
        if (row == null || asLong(row.get("subjectId")) != s.getId()) {
            throw BizException.notFound("设备不存在或无权访问");
        }
        return row;
    }

    private Map<String, Object> readable(long id, LoginUser user) {
        if (SubjectAccess.isEnterprise(user)) {
            return own(id, user);
        }
        Map<String, Object> row = load(id);
        if (row == null || !subjects.covers(user, asLong(row.get("gridId")))) {
            throw BizException.notFound("设备不存在或无权访问");
        }
        return row;
    }

    static String kindName(String kind) {
        return "CARE".equals(kind) ? "日常保养" : "定期检查";
    }

    static String statusName(String status) {
        return switch (status) {
            case "PENDING" -> "待审核";
            case "RETURNED" -> "已退回";
            case "APPROVED" -> "已通过";
            default -> status;
        };
    }

    private static boolean after(LocalDate d, LocalDate today) {
        return d != null && d.isAfter(today);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now().withNano(0));
    }

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }
}
