package com.yuyang.traffic.safety.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earlier sampling batches for the unit's page (A4), with names instead of bare ids. Grid isolation: a batch is
 * listed when the caller ordered it or when one of its drawn subjects lies in the caller's grids, and its detail
 * shows only the tasks and unassigned subjects of those grids (administrators see everything).
 */
@Component
public class SamplingHistory {

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;
    private final OrgDirectory org;
    private final UserDirectory users;
    private final ObjectMapper json;

    public SamplingHistory(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes, OrgDirectory org, UserDirectory users,
                           ObjectMapper json) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.org = org;
        this.users = users;
        this.json = json;
    }

    /** A batch as listed: what was asked (scope in names), how many were drawn, dispatched and left over. */
    public record Batch(String id, LocalDateTime createTime, String createBy, BigDecimal subjectRatio, Integer subjectCount,
                        int itemCount, int candidateCount, int drawnCount, int assignedCount, int unassignedCount,
                        String scope) {
    }

    public record Task(String taskId, String subjectId, String subjectName, String gridId, String gridName,
                       String inspectorId, String inspectorName, List<String> itemIds, List<String> itemNames, String status) {
    }

    public record Unassigned(String subjectId, String subjectName, String gridId, String gridName, String reason) {
    }

    /** One batch with the rows the caller may see; {@code hiddenCount} counts the rows of other grids left out. */
    public record Detail(Batch batch, List<Task> tasks, List<Unassigned> unassigned, int hiddenCount) {
    }

    public record Page(long total, List<Batch> records) {
    }

    public Page batches(LoginUser user, int pageNo, int pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw BizException.badRequest("分页参数有误：页码从 1 开始，每页 1 至 100 条");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("tenant", user.tenantId());
        String where = " FROM safety_sampling_batch b WHERE b.del_flag = 0 AND b.tenant_id = :tenant" + visible(user, p);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        p.addValue("n", pageSize).addValue("o", (long) (pageNo - 1) * pageSize);
        Map<Long, String> grids = names(org.grids());
        Map<Long, String> depts = names(org.depts());
        Map<Long, String> industries = industryNames();
        List<Batch> rows = jdbc.query("SELECT b.*" + where + " ORDER BY b.create_time DESC, b.id DESC LIMIT :n OFFSET :o", p,
                (rs, n) -> batch(rs, grids, depts, industries));
        return new Page(total == null ? 0 : total, rows);
    }

    public Detail batch(long id, LoginUser user) {
        MapSqlParameterSource p = new MapSqlParameterSource("tenant", user.tenantId()).addValue("id", id);
        Map<Long, String> grids = names(org.grids());
        Map<Long, String> depts = names(org.depts());
        Map<Long, String> industries = industryNames();
        List<Batch> found = jdbc.query("SELECT b.* FROM safety_sampling_batch b WHERE b.id = :id AND b.del_flag = 0"
                + " AND b.tenant_id = :tenant" + visible(user, p), p, (rs, n) -> batch(rs, grids, depts, industries));
        if (found.isEmpty()) {
            throw BizException.notFound("抽检批次不存在或无权查看");
        }
        Batch b = found.get(0);
        String taskGrids = gridFilter("t.grid_id", user, p);
        List<Map<String, Object>> taskRows = jdbc.queryForList("SELECT t.id, t.subject_id, s.name subject_name, t.grid_id,"
                + " t.inspector_id, " + SamplingStore.STATUS + " AS status FROM safety_sampling_task t"
                + " LEFT JOIN safety_subject s ON s.id = t.subject_id WHERE t.batch_id = :id AND t.del_flag = 0" + taskGrids
                + " ORDER BY s.name, t.id", p);
        Map<Long, List<String[]>> items = new HashMap<>();
        jdbc.query("SELECT i.task_id, i.item_id, c.name FROM safety_sampling_task_item i JOIN safety_sampling_task t ON t.id = i.task_id"
                + " LEFT JOIN safety_check_item c ON c.id = i.item_id WHERE t.batch_id = :id" + taskGrids + " ORDER BY c.sort_no, i.item_id", p,
                rs -> {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new String[]{rs.getString(2), rs.getString(3)});
                });
        Set<Long> inspectorIds = new HashSet<>();
        taskRows.forEach(r -> inspectorIds.add(((Number) r.get("inspector_id")).longValue()));
        Map<Long, UserDirectory.UserRef> people = inspectorIds.isEmpty() ? Map.of() : users.users(inspectorIds);
        List<Task> tasks = new ArrayList<>(taskRows.size());
        for (Map<String, Object> r : lower(taskRows)) {
            long taskId = ((Number) r.get("id")).longValue();
            long inspector = ((Number) r.get("inspector_id")).longValue();
            long grid = ((Number) r.get("grid_id")).longValue();
            UserDirectory.UserRef u = people.get(inspector);
            List<String[]> its = items.getOrDefault(taskId, List.of());
            tasks.add(new Task(String.valueOf(taskId), String.valueOf(r.get("subject_id")), (String) r.get("subject_name"),
                    String.valueOf(grid), grids.get(grid), String.valueOf(inspector),
                    u == null ? null : (u.realName() != null ? u.realName() : u.username()),
                    its.stream().map(i -> i[0]).toList(), its.stream().map(i -> i[1] != null ? i[1] : "#" + i[0]).toList(),
                    (String) r.get("status")));
        }
        List<Unassigned> unassigned = jdbc.query("SELECT u.subject_id, s.name, s.grid_id, u.reason FROM safety_sampling_unassigned u"
                + " LEFT JOIN safety_subject s ON s.id = u.subject_id WHERE u.batch_id = :id" + gridFilter("s.grid_id", user, p)
                + " ORDER BY s.name, u.id", p, (rs, n) -> {
                    Long grid = rs.getObject(3) == null ? null : rs.getLong(3);
                    return new Unassigned(rs.getString(1), rs.getString(2), grid == null ? null : String.valueOf(grid),
                            grid == null ? null : grids.get(grid), rs.getString(4));
                });
        int hidden = Math.max(0, b.assignedCount() + b.unassignedCount() - tasks.size() - unassigned.size());
        return new Detail(b, tasks, unassigned, hidden);
    }

    /** Batches the caller ordered, or with a drawn subject in the caller's grids. */
    private String visible(LoginUser user, MapSqlParameterSource p) {
        DataScope scope = scopes.resolve(user);
        if (scope.all()) {
            return "";
        }
        p.addValue("me", user.username());
        if (scope.gridIds().isEmpty()) {
            return " AND b.create_by = :me";
        }
        p.addValue("grids", scope.gridIds());
        return " AND (b.create_by = :me OR EXISTS (SELECT 1 FROM safety_sampling_task t WHERE t.batch_id = b.id AND t.grid_id IN (:grids))"
                + " OR EXISTS (SELECT 1 FROM safety_sampling_unassigned u JOIN safety_subject s ON s.id = u.subject_id"
                + " WHERE u.batch_id = b.id AND s.grid_id IN (:grids)))";
    }

    private String gridFilter(String column, LoginUser user, MapSqlParameterSource p) {
        DataScope scope = scopes.resolve(user);
        if (scope.all()) {
            return "";
        }
        if (scope.gridIds().isEmpty()) {
            return " AND 1 = 0";
        }
        p.addValue("grids", scope.gridIds());
        return " AND " + column + " IN (:grids)";
    }

    private Batch batch(java.sql.ResultSet rs, Map<Long, String> grids, Map<Long, String> depts, Map<Long, String> industries)
            throws java.sql.SQLException {
        java.sql.Timestamp created = rs.getTimestamp("create_time");
        return new Batch(rs.getString("id"), created == null ? null : created.toLocalDateTime().withNano(0), rs.getString("create_by"),
                rs.getBigDecimal("subject_ratio"), (Integer) rs.getObject("subject_count", Integer.class), rs.getInt("item_count"),
                rs.getInt("candidate_count"), rs.getInt("drawn_count"), rs.getInt("assigned_count"), rs.getInt("unassigned_count"),
                scopeText(rs.getString("scope_json"), grids, depts, industries));
    }

    /** The stored request's scope in words: "单位：… 网格：… 行业：…", or "全部（本人网格范围）". */
    String scopeText(String scopeJson, Map<Long, String> grids, Map<Long, String> depts, Map<Long, String> industries) {
        if (scopeJson == null) {
            return "—";
        }
        JsonNode n;
        try {
            n = json.readTree(scopeJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        if (n.hasNonNull("unitId")) {
            units.add(n.get("unitId").asLong());
        }
        n.path("deptIds").forEach(d -> units.add(d.asLong()));
        part(parts, "单位", units, depts);
        part(parts, "网格", ids(n.path("gridIds")), grids);
        part(parts, "行业", ids(n.path("industryIds")), industries);
        return parts.isEmpty() ? "全部（本人网格范围）" : String.join("；", parts);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asLong()));
        return out;
    }

    private static void part(List<String> parts, String label, List<Long> ids, Map<Long, String> names) {
        if (!ids.isEmpty()) {
            parts.add(label + "：" + String.join("、", ids.stream().map(i -> names.getOrDefault(i, "#" + i)).toList()));
        }
    }

    Map<Long, String> industryNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM safety_industry ORDER BY sort_no, id", rs -> {
            out.put(rs.getLong(1), rs.getString(2));
        });
        return out;
    }

    static Map<Long, String> names(List<OrgDirectory.Node> nodes) {
        Map<Long, String> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.id(), n.name()));
        return out;
    }

    /** Column keys in lower case (H2 answers upper case, MariaDB as written). */
    private static List<Map<String, Object>> lower(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new HashMap<>();
            r.forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v));
            return m;
        }).toList();
    }
}
