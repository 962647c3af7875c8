package com.yuyang.traffic.safety.escalation;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Rows of safety_escalation and its append-only trail. State changes are conditional updates on
 * (status, version): of two concurrent handlers exactly one changes the row, the other gets 0 rows.
 */
@Component
public class EscalationStore {

    private final JdbcTemplate jdbc;

    public EscalationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long subjectId, long gridId, List<Long> itemIds, String reason, long raisedBy,
                      String status, long currentDeptId, Long assigneeId, Long taskId, int version,
                      LocalDateTime createTime) {
    }

    long insert(long tenantId, long subjectId, long gridId, List<Long> itemIds, String reason, long raisedBy,
                long deptId, String by) {
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_escalation (id, tenant_id, subject_id, grid_id, item_ids, reason, raised_by, status,"
                        + " current_dept_id, create_by, create_time, update_by, update_time) VALUES (?,?,?,?,?,?,?,'OPEN',?,?,?,?,?)",
                id, tenantId, subjectId, gridId, join(itemIds), reason, raisedBy, deptId, by, now, by, now);
        return id;
    }

    Row find(long id) {
        List<Row> rows = jdbc.query("SELECT id, subject_id, grid_id, item_ids, reason, raised_by, status, current_dept_id,"
                + " assignee_id, task_id, version, create_time FROM safety_escalation WHERE id = ? AND del_flag = 0", (rs, i) -> new Row(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), split(rs.getString(4)), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getLong(8), (Long) rs.getObject(9, Long.class), (Long) rs.getObject(10, Long.class),
                rs.getInt(11), rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toLocalDateTime()), id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Moves an OPEN escalation to another department; false when someone else changed it first. */
    boolean moveTo(long id, int version, long toDept, String by) {
        return jdbc.update("UPDATE safety_escalation SET current_dept_id = ?, version = version + 1, update_by = ?,"
                + " update_time = ? WHERE id = ? AND status = 'OPEN' AND version = ?", toDept, by,
                Timestamp.valueOf(LocalDateTime.now()), id, version) == 1;
    }

    /** Closes an OPEN escalation by reassigning it; false when someone else changed it first. */
    boolean reassign(long id, int version, long inspectorId, String by) {
        return jdbc.update("UPDATE safety_escalation SET status = 'REASSIGNED', assignee_id = ?, version = version + 1,"
                + " update_by = ?, update_time = ? WHERE id = ? AND status = 'OPEN' AND version = ?", inspectorId, by,
                Timestamp.valueOf(LocalDateTime.now()), id, version) == 1;
    }

    void linkTask(long id, long taskId) {
        jdbc.update("UPDATE safety_escalation SET task_id = ? WHERE id = ?", taskId, id);
    }

    void step(long escalationId, String action, long actorId, String actorName, Long fromDept, Long toDept,
              Long targetUser, String note) {
        Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM safety_escalation_step WHERE escalation_id = ?",
                Integer.class, escalationId);
        jdbc.update("INSERT INTO safety_escalation_step (id, escalation_id, seq, action, actor_id, actor_name, from_dept_id,"
                        + " to_dept_id, target_user_id, note, create_time) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                IdWorker.getId(), escalationId, seq, action, actorId, actorName, fromDept, toDept, targetUser, note,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    List<Map<String, Object>> steps(long escalationId) {
        return Rows.camel(jdbc.queryForList("SELECT seq, action, actor_id, actor_name, from_dept_id, to_dept_id, target_user_id,"
                + " note, create_time FROM safety_escalation_step WHERE escalation_id = ? ORDER BY seq", escalationId));
    }

    /**
     * Which escalations a list shows: waiting at a department ({@code atDept}), raised by a user, or handled
     * (escalated further or reassigned) by a department ({@code handledBy}; {@code handledByAny} for admin).
     */
    record Filter(Long atDept, Long raisedBy, Long handledBy, boolean handledByAny, String status, String keyword) {
    }

    List<Map<String, Object>> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.subject_id, e.grid_id, e.item_ids, e.reason, e.raised_by, e.status,"
                + " e.current_dept_id, e.assignee_id, e.task_id, e.version, e.create_time, e.update_time"
                + " FROM safety_escalation e WHERE e.del_flag = 0");
        List<Object> args = new java.util.ArrayList<>();
        if (f.atDept() != null) {
            sql.append(" AND e.current_dept_id = ?");
            args.add(f.atDept());
        }
        if (f.raisedBy() != null) {
            sql.append(" AND e.raised_by = ?");
            args.add(f.raisedBy());
        }
        if (f.handledBy() != null || f.handledByAny()) {
            sql.append(" AND EXISTS (SELECT 1 FROM safety_escalation_step s WHERE s.escalation_id = e.id"
                    + " AND s.action IN ('ESCALATE', 'REASSIGN')");
            if (f.handledBy() != null) {
                sql.append(" AND s.from_dept_id = ?");
                args.add(f.handledBy());
            }
            sql.append(")");
        }
        if (f.status() != null) {
            sql.append(" AND e.status = ?");
            args.add(f.status());
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            // a bound LIKE value; % and _ typed by the user are matched literally
            String k = f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            sql.append(" AND e.subject_id IN (SELECT id FROM safety_subject WHERE name LIKE ?)");
            args.add("%" + k + "%");
        }
        sql.append(" ORDER BY e.create_time DESC, e.id DESC LIMIT 500");
        List<Map<String, Object>> rows = new java.util.ArrayList<>(Rows.camel(jdbc.queryForList(sql.toString(), args.toArray())));
        rows.forEach(r -> r.put("itemIds", split((String) r.get("itemIds"))));
        return rows;
    }

    static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
