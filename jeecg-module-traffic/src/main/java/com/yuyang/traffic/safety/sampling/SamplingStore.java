package com.yuyang.traffic.safety.sampling;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch with JDBC batch inserts: thousands of tasks in a few round trips (the 2 s target for
 * 5,000 tasks). Grid ids are those of subjects already filtered by the caller's scope.
 */
@Component
public class SamplingStore {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    public SamplingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertBatch(long id, long tenantId, String scopeJson, SamplingRequest req, int candidates, int drawn,
                     int assigned, int unassigned, String by) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_sampling_batch (id, tenant_id, scope_json, subject_ratio, subject_count, item_count,"
                        + " candidate_count, drawn_count, assigned_count, unassigned_count, create_by, create_time,"
                        + " update_by, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, tenantId, scopeJson, req.subjectRatio(), req.subjectCount(), req.itemCount(), candidates, drawn,
                assigned, unassigned, by, now, by, now);
    }

    void insertTasks(long batchId, long tenantId, List<SamplingPlanner.Assignment> plan, List<SamplingResult.Task> tasks,
                     String by) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> rows = new ArrayList<>(tasks.size());
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            SamplingResult.Task t = tasks.get(i);
            SamplingPlanner.Subject s = plan.get(i).subject();
            rows.add(new Object[]{t.taskId(), tenantId, batchId, "SAMPLING", t.subjectId(), t.inspectorId(), t.gridId(),
                    s.deptId(), by, now, by, now});
            for (Long item : t.itemIds()) {
                items.add(new Object[]{IdWorker.getId(), t.taskId(), item});
            }
        }
        for (int i = 0; i < rows.size(); i += CHUNK) {
            jdbc.batchUpdate("INSERT INTO safety_sampling_task (id, tenant_id, batch_id, source, subject_id, inspector_id,"
                    + " grid_id, dept_id, create_by, create_time, update_by, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
        insertItems(items);
    }

    void insertItems(List<Object[]> items) {
        for (int i = 0; i < items.size(); i += CHUNK) {
            jdbc.batchUpdate("INSERT INTO safety_sampling_task_item (id, task_id, item_id) VALUES (?,?,?)",
                    items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
    }

    void insertUnassigned(long batchId, List<SamplingPlanner.Unassigned> unassigned) {
        List<Object[]> rows = new ArrayList<>(unassigned.size());
        unassigned.forEach(u -> rows.add(new Object[]{IdWorker.getId(), batchId, u.subjectId(), u.reason()}));
        for (int i = 0; i < rows.size(); i += CHUNK) {
            jdbc.batchUpdate("INSERT INTO safety_sampling_unassigned (id, batch_id, subject_id, reason) VALUES (?,?,?,?)",
                    rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }

    /** One dispatched task outside a batch (an escalation reassigned to an inspector). */
    public long insertSingleTask(long tenantId, long escalationId, long subjectId, long inspectorId, long gridId,
                                 Long deptId, List<Long> itemIds, String by) {
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_sampling_task (id, tenant_id, batch_id, source, escalation_id, subject_id,"
                + " inspector_id, grid_id, dept_id, create_by, create_time, update_by, update_time)"
                + " VALUES (?,?,NULL,'ESCALATION',?,?,?,?,?,?,?,?,?)",
                id, tenantId, escalationId, subjectId, inspectorId, gridId, deptId, by, now, by, now);
        List<Object[]> items = new ArrayList<>();
        itemIds.forEach(item -> items.add(new Object[]{IdWorker.getId(), id, item}));
        insertItems(items);
        return id;
    }

    /**
     * A dispatched task counts as done once an inspection of the same inspector references it
     * ({@code safety_inspection.source_id}, sent by the app with checkType SAMPLING); the inspection module
     * does not need to know about tasks.
     */
    public static final String STATUS = "CASE WHEN t.status = 'DONE' OR EXISTS (SELECT 1 FROM safety_inspection h WHERE h.source_id = t.id"
            + " AND h.inspector_id = t.inspector_id AND h.del_flag = 0) THEN 'DONE' ELSE 'PENDING' END";

    /** The inspector's own dispatched tasks, newest first, with their item ids. */
    public List<java.util.Map<String, Object>> tasksOf(long inspectorId, String status) {
        String sql = "SELECT * FROM (SELECT t.id, t.batch_id, t.source, t.escalation_id, t.subject_id, t.grid_id, "
                + STATUS + " AS status, t.create_time FROM safety_sampling_task t WHERE t.inspector_id = ? AND t.del_flag = 0) x"
                + (status == null ? "" : " WHERE x.status = ?") + " ORDER BY x.create_time DESC, x.id LIMIT 500";
        List<java.util.Map<String, Object>> rows = status == null ? jdbc.queryForList(sql, inspectorId)
                : jdbc.queryForList(sql, inspectorId, status);
        java.util.Map<Long, List<Long>> items = new java.util.HashMap<>();
        jdbc.query("SELECT i.task_id, i.item_id FROM safety_sampling_task_item i JOIN safety_sampling_task t"
                + " ON t.id = i.task_id WHERE t.inspector_id = ? AND t.del_flag = 0 ORDER BY i.item_id", rs -> {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, inspectorId);
        List<java.util.Map<String, Object>> out = new ArrayList<>(rows.size());
        for (java.util.Map<String, Object> r : rows) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            r.forEach((k, v) -> m.put(Rows.camel(k), v));
            m.put("itemIds", items.getOrDefault(((Number) r.get("id")).longValue(), List.of()));
            out.add(m);
        }
        return out;
    }
}
