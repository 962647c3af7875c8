package com.yuyang.traffic.safety.task;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.dict.DictTranslator;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A9 tasks: the organisation dispatches a task to grid members; each assignee reports completion once, and
 * the report carries an overdue flag computed from the due time (never sent by the client).
 */
@Service
public class TaskService {

    private final JdbcTemplate jdbc;
    private final OrgDirectory org;
    private final DictTranslator dicts;
    private final ApplicationEventPublisher events;
    private final TaskMedia media;
    private final FileService files;
    private final UserDirectory users;

    public TaskService(JdbcTemplate jdbc, OrgDirectory org, DictTranslator dicts, ApplicationEventPublisher events,
                       TaskMedia media, FileService files, UserDirectory users) {
        this.jdbc = jdbc;
        this.org = org;
        this.dicts = dicts;
        this.events = events;
        this.media = media;
        this.files = files;
        this.users = users;
    }

    @Transactional
    public Map<String, Object> create(TaskRequests.Create req) {
        LoginUser user = CurrentUser.require();
        if (!dicts.labels("urgency").containsKey(req.urgency())) {
            throw BizException.badRequest("紧急程度不正确：" + req.urgency());
        }
        if (!req.dueTime().isAfter(LocalDateTime.now())) {
            throw BizException.badRequest("要求完成时间必须晚于当前时间");
        }
        files.requireOwned(req.media(), user);
        Set<Long> reach = user.admin() || user.deptId() == null ? null : org.deptSubtree(user.deptId());
        Set<Long> assignees = new LinkedHashSet<>(req.assigneeIds());
        for (Long a : assignees) {
            if (org.realName(a).isEmpty()) {
                throw BizException.badRequest("指派人员不存在：" + a);
            }
            if (!user.admin() && (reach == null || !reach.contains(org.deptOf(a).orElse(-1L)))) {
                throw BizException.badRequest("只能指派本部门及下级部门的人员：" + a);
            }
        }
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_task (id, tenant_id, title, urgency, due_time, content, media, dept_id, create_by,"
                        + " create_time, update_by, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                id, user.tenantId(), req.title(), req.urgency(), Timestamp.valueOf(req.dueTime()), req.content(),
                media.store(req.media()), user.deptId(), user.username(), now, user.username(), now);
        List<Object[]> rows = new ArrayList<>();
        assignees.forEach(a -> rows.add(new Object[]{IdWorker.getId(), id, a}));
        jdbc.batchUpdate("INSERT INTO safety_task_assignee (id, task_id, user_id) VALUES (?,?,?)", rows);
        assignees.forEach(a -> events.publishEvent(new TaskAssignedEvent(id, a, req.title(), req.urgency())));
        return view(id);
    }

    /** The caller's assignments; overdue = completed late, or still pending after the due time. */
    public List<Map<String, Object>> mine(String status) {
        if (status != null && !Set.of("PENDING", "DONE").contains(status)) {
            throw BizException.badRequest("任务状态只能是 PENDING 或 DONE");
        }
        long me = CurrentUser.require().id();
        String sql = "SELECT t.id, t.title, t.urgency, t.due_time, t.content, t.media, a.status, a.record,"
                + " a.media AS report_media, a.completed_time, a.overdue FROM safety_task t"
                + " JOIN safety_task_assignee a ON a.task_id = t.id WHERE a.user_id = ? AND t.del_flag = 0"
                + (status == null ? "" : " AND a.status = ?") + " ORDER BY t.due_time, t.id LIMIT 500";
        List<Map<String, Object>> rows = Rows.camel(status == null ? jdbc.queryForList(sql, me)
                : jdbc.queryForList(sql, me, status));
        LocalDateTime now = LocalDateTime.now();
        rows.forEach(r -> {
            boolean pendingLate = "PENDING".equals(r.get("status"))
                    && ((Timestamp) r.get("dueTime")).toLocalDateTime().isBefore(now);
            r.put("overdue", pendingLate || ((Number) r.get("overdue")).intValue() == 1);
        });
        return rows;
    }

    @Transactional
    public Map<String, Object> complete(long taskId, TaskRequests.Complete req) {
        LoginUser user = CurrentUser.require();
        files.requireOwned(req.media(), user);
        List<Timestamp> due = jdbc.queryForList("SELECT t.due_time FROM safety_task t JOIN safety_task_assignee a"
                + " ON a.task_id = t.id WHERE t.id = ? AND a.user_id = ? AND t.del_flag = 0", Timestamp.class, taskId, user.id());
        if (due.isEmpty()) {
            throw BizException.notFound("任务不存在或未指派给您");
        }
        LocalDateTime now = LocalDateTime.now();
        boolean overdue = now.isAfter(due.get(0).toLocalDateTime());
        int changed = jdbc.update("UPDATE safety_task_assignee SET status = 'DONE', record = ?, media = ?, completed_time = ?,"
                        + " overdue = ?, version = version + 1 WHERE task_id = ? AND user_id = ? AND status = 'PENDING'",
                req.record(), media.store(req.media()), Timestamp.valueOf(now), overdue ? 1 : 0, taskId, user.id());
        if (changed == 0) {
            throw BizException.conflict("任务已上报完成，不能重复上报");
        }
        return Map.of("taskId", taskId, "userId", user.id(), "completedTime", now.toString(), "overdue", overdue);
    }

    /** A task with every assignee's report (for the dispatching office): names and attachment descriptions. */
    public Map<String, Object> view(long id) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(visible(id));
        out.put("urgencyText", dicts.translate("urgency", out.get("urgency")));
        out.put("media", media.describe(out.get("media")));
        List<Map<String, Object>> assignees = Rows.camel(jdbc.queryForList("SELECT user_id, status, record, media,"
                + " completed_time, overdue FROM safety_task_assignee WHERE task_id = ? ORDER BY user_id", id));
        Map<Long, UserDirectory.UserRef> refs = users.users(assignees.stream()
                .map(a -> ((Number) a.get("userId")).longValue()).toList());
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime due = ((Timestamp) out.get("dueTime")).toLocalDateTime();
        for (Map<String, Object> a : assignees) {
            UserDirectory.UserRef u = refs.get(((Number) a.get("userId")).longValue());
            a.put("realName", u == null ? null : u.realName());
            a.put("media", media.describe(a.get("media")));
            // a missing report is overdue once the due time passed, as in the app's list
            a.put("lateNow", "PENDING".equals(a.get("status")) && due.isBefore(now));
        }
        out.put("assignees", assignees);
        return out;
    }

    /** A file attached to the task or to one of its reports, for whoever may view the task; 404 otherwise. */
    public StoredFile file(long taskId, long fileId) {
        Map<String, Object> task = visible(taskId);
        Set<Long> attached = new java.util.HashSet<>(media.ids(task.get("media")));
        jdbc.queryForList("SELECT media FROM safety_task_assignee WHERE task_id = ? AND media IS NOT NULL", String.class, taskId)
                .forEach(m -> attached.addAll(media.ids(m)));
        StoredFile f = attached.contains(fileId) ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("附件不存在或不属于该任务");
        }
        return f;
    }

    /**
     * For the inspector's app: a file the dispatcher attached to a task assigned to the caller, or one of the caller's own
     * report; 404 for anything else (another assignee's report, a task not assigned to the caller).
     */
    public StoredFile assignedFile(long taskId, long fileId) {
        long me = CurrentUser.require().id();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT t.media AS task_media, a.media AS report_media FROM safety_task t"
                + " JOIN safety_task_assignee a ON a.task_id = t.id WHERE t.id = ? AND a.user_id = ? AND t.del_flag = 0", taskId, me);
        if (rows.isEmpty()) {
            throw BizException.notFound("任务不存在或未指派给您");
        }
        Set<Long> attached = new java.util.HashSet<>(media.ids(rows.get(0).get("task_media")));
        attached.addAll(media.ids(rows.get(0).get("report_media")));
        StoredFile f = attached.contains(fileId) ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("附件不存在或不属于该任务");
        }
        return f;
    }

    /** The task row when the caller's department subtree dispatched it (admin: any); 404 / 403 otherwise. */
    private Map<String, Object> visible(long id) {
        List<Map<String, Object>> task = Rows.camel(jdbc.queryForList("SELECT id, title, urgency, due_time, content, media,"
                + " dept_id, create_by, create_time FROM safety_task WHERE id = ? AND del_flag = 0", id));
        if (task.isEmpty()) {
            throw BizException.notFound("任务不存在");
        }
        LoginUser user = CurrentUser.require();
        Object dept = task.get(0).get("deptId");
        if (!user.admin() && (user.deptId() == null || dept == null
                || !org.deptSubtree(user.deptId()).contains(((Number) dept).longValue()))) {
            throw BizException.forbidden("无权查看该任务");
        }
        return task.get(0);
    }
}
