package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The inspector's daily-work lists (A6): warnings (own unqualified items waiting for a recheck, with the
 * recheck content) and recheck assignments. Joins of safetycore's own tables, limited to the caller's grids.
 */
@Component
public class WorkQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;
    private final UserDirectory users;

    public WorkQueries(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes, UserDirectory users) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.users = users;
    }

    public record Warning(String subjectId, String subjectName, String subjectAddress, String itemId, String itemName,
                          String recheckContent, String lastRemark, LocalDateTime checkedAt, String inspectionId) {
    }

    public record Recheck(String id, String subjectId, String subjectName, String itemId, String itemName,
                          String lastResult, LocalDateTime dueAt, String status) {
    }

    public List<Warning> warnings(LoginUser user) {
        MapSqlParameterSource p = new MapSqlParameterSource("u", user.id());
        String sql = "SELECT st.subject_id, s.name subject_name, s.address, st.item_id, i.name item_name, i.content,"
                + " r.remark, st.last_checked_at, st.last_inspection_id FROM safety_subject_item_state st"
                + " JOIN safety_subject s ON s.id = st.subject_id AND s.del_flag = 0"
                + " JOIN safety_check_item i ON i.id = st.item_id"
                + " LEFT JOIN safety_inspection_result r ON r.inspection_id = st.last_inspection_id AND r.item_id = st.item_id"
                + " WHERE st.del_flag = 0 AND st.last_result = 'UNQUALIFIED' AND st.assigned_inspector_id = :u"
                + gridFilter("st", user, p) + " ORDER BY st.last_checked_at DESC LIMIT 500";
        return jdbc.query(sql, p, (rs, n) -> new Warning(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toLocalDateTime(), rs.getString(9)));
    }

    public List<Recheck> openRechecks(LoginUser user) {
        MapSqlParameterSource p = new MapSqlParameterSource("u", user.id());
        String sql = "SELECT a.id, a.subject_id, s.name, a.item_id, i.name, st.last_result, a.due_at, a.status"
                + " FROM safety_recheck_assignment a JOIN safety_subject s ON s.id = a.subject_id"
                + " JOIN safety_check_item i ON i.id = a.item_id"
                + " LEFT JOIN safety_subject_item_state st ON st.subject_id = a.subject_id AND st.item_id = a.item_id"
                + " WHERE a.del_flag = 0 AND a.status = 'OPEN' AND a.inspector_id = :u"
                + gridFilter("a", user, p) + " ORDER BY a.due_at LIMIT 500";
        return jdbc.query(sql, p, (rs, n) -> new Recheck(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(), rs.getString(8)));
    }

    public record Dispatch(String id, String subjectId, String subjectName, String gridId, String itemId, String itemName,
                           LocalDateTime dueAt, String status, String inspectorId, String reassignedFrom, String note,
                           String inspectorName, String reassignedFromName) {
    }

    /**
     * The unit's view of the recheck job's outcome: pairs nobody could take (UNASSIGNED) and pairs given to someone
     * other than their responsible inspector (reassigned=true), within the caller's grids, latest due first.
     */
    public List<Dispatch> dispatch(LoginUser user, String status, boolean reassignedOnly) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.subject_id, s.name, a.grid_id, a.item_id, i.name, a.due_at, a.status,"
                + " a.inspector_id, a.reassigned_from, a.note FROM safety_recheck_assignment a"
                + " JOIN safety_subject s ON s.id = a.subject_id JOIN safety_check_item i ON i.id = a.item_id WHERE a.del_flag = 0");
        if (status != null) {
            sql.append(" AND a.status = :st");
            p.addValue("st", status);
        }
        if (reassignedOnly) {
            sql.append(" AND a.status <> 'UNASSIGNED' AND a.note IS NOT NULL");
        }
        sql.append(gridFilter("a", user, p)).append(" ORDER BY a.due_at DESC, a.id DESC LIMIT 500");
        List<Dispatch> rows = jdbc.query(sql.toString(), p, (rs, n) -> new Dispatch(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), null, null));
        // names for the unit's page, through the published user directory (one query)
        java.util.Set<Long> ids = new java.util.HashSet<>();
        rows.forEach(d -> {
            if (d.inspectorId() != null) {
                ids.add(Long.valueOf(d.inspectorId()));
            }
            if (d.reassignedFrom() != null) {
                ids.add(Long.valueOf(d.reassignedFrom()));
            }
        });
        java.util.Map<Long, UserDirectory.UserRef> people = ids.isEmpty() ? java.util.Map.of() : users.users(ids);
        java.util.function.Function<String, String> name = id -> {
            UserDirectory.UserRef u = id == null ? null : people.get(Long.valueOf(id));
            return u == null ? null : u.realName();
        };
        return rows.stream().map(d -> new Dispatch(d.id(), d.subjectId(), d.subjectName(), d.gridId(), d.itemId(), d.itemName(),
                d.dueAt(), d.status(), d.inspectorId(), d.reassignedFrom(), d.note(), name.apply(d.inspectorId()),
                name.apply(d.reassignedFrom()))).toList();
    }

    private String gridFilter(String alias, LoginUser user, MapSqlParameterSource p) {
        DataScope scope = scopes.resolve(user);
        if (scope.all()) {
            return "";
        }
        if (scope.gridIds().isEmpty()) {
            return " AND 1 = 0";
        }
        p.addValue("grids", scope.gridIds());
        return " AND " + alias + ".grid_id IN (:grids)";
    }
}
