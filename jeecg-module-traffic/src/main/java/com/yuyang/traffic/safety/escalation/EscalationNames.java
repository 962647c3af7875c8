package com.yuyang.traffic.safety.escalation;

import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names next to the ids of escalations and their trail (subject, items, people, departments), so the handling
 * page shows "榆阳安达汽车维修厂 · 设备设施安全 · 张网格" instead of numbers. One query per kind for a whole list.
 */
@Component
class EscalationNames {

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDirectory users;
    private final OrgDirectory org;

    EscalationNames(NamedParameterJdbcTemplate jdbc, UserDirectory users, OrgDirectory org) {
        this.jdbc = jdbc;
        this.users = users;
        this.org = org;
    }

    /** Adds subjectName, itemNames, raisedByName, assigneeName, currentDeptName to rows (in place). */
    void rows(List<Map<String, Object>> rows) {
        Set<Long> subjects = new HashSet<>();
        Set<Long> items = new HashSet<>();
        Set<Long> people = new HashSet<>();
        Set<Long> depts = new HashSet<>();
        for (Map<String, Object> r : rows) {
            add(subjects, r.get("subjectId"));
            ids(r.get("itemIds")).forEach(items::add);
            add(people, r.get("raisedBy"));
            add(people, r.get("assigneeId"));
            add(depts, r.get("currentDeptId"));
        }
        Map<Long, String> subjectNames = names("SELECT id, name FROM safety_subject WHERE id IN (:ids)", subjects);
        Map<Long, String> itemNames = names("SELECT id, name FROM safety_check_item WHERE id IN (:ids)", items);
        Map<Long, String> people1 = people(people);
        Map<Long, String> deptNames = org.deptNames(depts);
        for (Map<String, Object> r : rows) {
            r.put("subjectName", subjectNames.get(asLong(r.get("subjectId"))));
            r.put("itemNames", ids(r.get("itemIds")).stream().map(i -> itemNames.getOrDefault(i, "#" + i)).toList());
            r.put("raisedByName", people1.get(asLong(r.get("raisedBy"))));
            r.put("assigneeName", people1.get(asLong(r.get("assigneeId"))));
            r.put("currentDeptName", deptNames.get(asLong(r.get("currentDeptId"))));
        }
    }

    /** Adds actor/target/department names to the steps of a trail (in place). */
    void steps(List<Map<String, Object>> steps) {
        Set<Long> people = new HashSet<>();
        Set<Long> depts = new HashSet<>();
        for (Map<String, Object> s : steps) {
            add(people, s.get("actorId"));
            add(people, s.get("targetUserId"));
            add(depts, s.get("fromDeptId"));
            add(depts, s.get("toDeptId"));
        }
        Map<Long, String> names = people(people);
        Map<Long, String> deptNames = org.deptNames(depts);
        for (Map<String, Object> s : steps) {
            if (s.get("actorName") == null) {
                s.put("actorName", names.get(asLong(s.get("actorId"))));
            }
            s.put("targetUserName", names.get(asLong(s.get("targetUserId"))));
            s.put("fromDeptName", deptNames.get(asLong(s.get("fromDeptId"))));
            s.put("toDeptName", deptNames.get(asLong(s.get("toDeptId"))));
        }
    }

    Map<Long, UserDirectory.UserRef> users(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.users(ids);
    }

    Map<Long, String> people(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        users.users(ids).forEach((id, u) -> out.put(id, u.realName() == null ? u.username() : u.realName()));
        return out;
    }

    private Map<Long, String> names(String sql, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(sql, new MapSqlParameterSource("ids", ids), rs -> {
                out.put(rs.getLong(1), rs.getString(2));
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Object v) {
        return v instanceof List<?> l ? (List<Long>) l : List.of();
    }

    private static void add(Set<Long> set, Object v) {
        Long id = asLong(v);
        if (id != null) {
            set.add(id);
        }
    }

    private static Long asLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }
}
