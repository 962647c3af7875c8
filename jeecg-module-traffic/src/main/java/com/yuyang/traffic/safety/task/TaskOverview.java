package com.yuyang.traffic.safety.task;

import com.yuyang.base.core.dict.DictTranslator;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.subject.GridInspectors;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dispatching office's view of A9 tasks: every task of the caller's department subtree (admin: all) with its
 * progress (assignees, done, overdue) and the people it may dispatch to. Overdue is computed as in the app: a
 * report that came late, or a report still missing after the due time.
 */
@Component
public class TaskOverview {

    static final Set<String> STATUSES = Set.of("PENDING", "DONE");

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgDirectory org;
    private final UserDirectory users;
    private final DictTranslator dicts;

    TaskOverview(NamedParameterJdbcTemplate jdbc, OrgDirectory org, UserDirectory users, DictTranslator dicts) {
        this.jdbc = jdbc;
        this.org = org;
        this.users = users;
        this.dicts = dicts;
    }

    /** Filters of the task list; every one optional. {@code status}: PENDING = some report missing, DONE = all in. */
    public record Filter(String keyword, String urgency, String status, Boolean overdue, LocalDate dueFrom, LocalDate dueTo) {
    }

    /** An assignable person (picker of the dispatch form and of the track view). */
    public record Person(String id, String username, String realName, String deptId, String deptName) {
    }

    List<Map<String, Object>> list(Filter f, LoginUser user) {
        if (f.status() != null && !STATUSES.contains(f.status())) {
            throw BizException.badRequest("任务状态只能是 PENDING 或 DONE");
        }
        if (f.urgency() != null && !dicts.labels("urgency").containsKey(f.urgency())) {
            throw BizException.badRequest("紧急程度不正确：" + f.urgency());
        }
        if (f.keyword() != null && f.keyword().length() > 100) {
            throw BizException.badRequest("任务标题关键字不能超过100字");
        }
        if (f.dueFrom() != null && f.dueTo() != null && f.dueFrom().isAfter(f.dueTo())) {
            throw BizException.badRequest("开始日期不能晚于结束日期");
        }
        if (!user.admin() && user.deptId() == null) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("now", Timestamp.valueOf(LocalDateTime.now()));
        StringBuilder sql = new StringBuilder("SELECT t.id, t.title, t.urgency, t.due_time, t.create_by, t.create_time,"
                + " COUNT(a.id) AS assignee_count,"
                + " SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END) AS done_count,"
                + " SUM(CASE WHEN a.overdue = 1 OR (a.status = 'PENDING' AND t.due_time < :now) THEN 1 ELSE 0 END) AS overdue_count"
                + " FROM safety_task t LEFT JOIN safety_task_assignee a ON a.task_id = t.id WHERE t.del_flag = 0");
        if (!user.admin()) {
            sql.append(" AND t.dept_id IN (:depts)");
            p.addValue("depts", org.deptSubtree(user.deptId()));
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            sql.append(" AND t.title LIKE :kw");
            p.addValue("kw", "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.urgency() != null) {
            sql.append(" AND t.urgency = :urgency");
            p.addValue("urgency", f.urgency());
        }
        if (f.dueFrom() != null) {
            sql.append(" AND t.due_time >= :from");
            p.addValue("from", Timestamp.valueOf(f.dueFrom().atStartOfDay()));
        }
        if (f.dueTo() != null) {
            sql.append(" AND t.due_time < :to");
            p.addValue("to", Timestamp.valueOf(f.dueTo().plusDays(1).atStartOfDay()));
        }
        sql.append(" GROUP BY t.id, t.title, t.urgency, t.due_time, t.create_by, t.create_time");
        List<String> having = new ArrayList<>();
        if ("DONE".equals(f.status())) {
            having.add("SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END) = COUNT(a.id)");
        } else if ("PENDING".equals(f.status())) {
            having.add("SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END) < COUNT(a.id)");
        }
        if (f.overdue() != null) {
            having.add("SUM(CASE WHEN a.overdue = 1 OR (a.status = 'PENDING' AND t.due_time < :now) THEN 1 ELSE 0 END)"
                    + (f.overdue() ? " > 0" : " = 0"));
        }
        if (!having.isEmpty()) {
            sql.append(" HAVING ").append(String.join(" AND ", having));
        }
        sql.append(" ORDER BY t.create_time DESC, t.id DESC LIMIT 500");
        List<Map<String, Object>> rows = new ArrayList<>(Rows.camel(jdbc.queryForList(sql.toString(), p)));
        Map<String, String> urgency = dicts.labels("urgency");
        for (Map<String, Object> r : rows) {
            int count = ((Number) r.get("assigneeCount")).intValue();
            int done = r.get("doneCount") == null ? 0 : ((Number) r.get("doneCount")).intValue();
            int late = r.get("overdueCount") == null ? 0 : ((Number) r.get("overdueCount")).intValue();
            r.put("doneCount", done);
            r.put("overdueCount", late);
            r.put("status", done == count ? "DONE" : "PENDING");
            r.put("overdue", late > 0);
            r.put("urgencyText", urgency.get(String.valueOf(r.get("urgency"))));
        }
        addAssigneeNames(rows);
        return rows;
    }

    /** Inspectors the caller may dispatch to: of the caller's department subtree (admin: every inspector). */
    List<Person> assignable(LoginUser user) {
        Set<Long> ids = new TreeSet<>(users.usersWithRoles(user.tenantId(), List.of(GridInspectors.INSPECTOR_ROLE)));
        if (!user.admin()) {
            if (user.deptId() == null) {
                return List.of();
            }
            ids.retainAll(users.usersInDepts(user.tenantId(), List.of(user.deptId())));
        }
        return people(ids);
    }

    /** Inspectors whose day track the caller may read: those of departments the caller leads (admin: all). */
    List<Person> trackable(LoginUser user) {
        Set<Long> ids = new TreeSet<>(users.usersWithRoles(user.tenantId(), List.of(GridInspectors.INSPECTOR_ROLE)));
        if (user.admin()) {
            return people(ids);
        }
        Map<Long, UserDirectory.UserRef> refs = users.users(ids);
        Map<Long, Boolean> led = new HashMap<>();
        ids.removeIf(id -> {
            Long dept = refs.containsKey(id) ? refs.get(id).deptId() : null;
            return dept == null || !led.computeIfAbsent(dept, d -> org.leadsDeptOrAncestor(user.id(), d));
        });
        return people(ids);
    }

    private List<Person> people(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UserDirectory.UserRef> refs = users.users(ids);
        Set<Long> depts = new HashSet<>();
        refs.values().forEach(u -> {
            if (u.deptId() != null) {
                depts.add(u.deptId());
            }
        });
        Map<Long, String> deptNames = org.deptNames(depts);
        return ids.stream().filter(refs::containsKey).map(refs::get)
                .map(u -> new Person(String.valueOf(u.id()), u.username(), u.realName(),
                        u.deptId() == null ? null : String.valueOf(u.deptId()), u.deptId() == null ? null : deptNames.get(u.deptId())))
                .toList();
    }

    private void addAssigneeNames(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<Long> taskIds = new HashSet<>();
        rows.forEach(r -> taskIds.add(((Number) r.get("id")).longValue()));
        Map<Long, List<Long>> byTask = new HashMap<>();
        jdbc.query("SELECT task_id, user_id FROM safety_task_assignee WHERE task_id IN (:ids) ORDER BY user_id",
                new MapSqlParameterSource("ids", taskIds), rs -> {
                    byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Set<Long> people = new HashSet<>();
        byTask.values().forEach(people::addAll);
        Map<Long, UserDirectory.UserRef> refs = people.isEmpty() ? Map.of() : users.users(people);
        for (Map<String, Object> r : rows) {
            r.put("assigneeNames", byTask.getOrDefault(((Number) r.get("id")).longValue(), List.of()).stream()
                    .map(u -> refs.containsKey(u) ? refs.get(u).realName() : "#" + u).toList());
        }
    }
}
