package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.support.GridFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workbench list over the engine's read model (docs/enforcement.md, "Read models"), always inside the
 * caller's grids. Tabs: MINE (open cases assigned to me, or registered by me and not yet dispatched),
 * OVERDUE (open, not paused, stage deadline passed), ALL (everything visible).
 */
@Component
class CaseWorklist {

    enum Tab { MINE, OVERDUE, ALL }

    record Filter(Tab tab, String stage, String status, String caseNo, String subject, Long categoryId) {
    }

    private static final String MINE = " AND c.status = 'OPEN' AND (c.assignee_id = :me OR (c.assignee_id IS NULL AND c.reporter_id = :me))";
    private static final String OVERDUE = " AND c.status = 'OPEN' AND c.paused = 0 AND c.stage_deadline < :now";

    private final NamedParameterJdbcTemplate jdbc;
    private final GridFilter grids;
    private final UserDirectory users;

    CaseWorklist(NamedParameterJdbcTemplate jdbc, GridFilter grids, UserDirectory users) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.users = users;
    }

    static Filter filter(String tab, String stage, String status, String caseNo, String subject, Long categoryId) {
        Tab t;
        try {
            t = tab == null || tab.isBlank() ? Tab.ALL : Tab.valueOf(tab.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw BizException.badRequest("列表类型只能是 MINE、OVERDUE 或 ALL");
        }
        String code = null;
        if (stage != null && !stage.isBlank()) {
            code = StageCode.parse(stage.trim()).orElseThrow(() -> BizException.badRequest("环节代码不正确：" + stage)).name();
        }
        String st = null;
        if (status != null && !status.isBlank()) {
            if (!List.of("OPEN", "CLOSED").contains(status.trim())) {
                throw BizException.badRequest("案件状态只能是 OPEN 或 CLOSED");
            }
            st = status.trim();
        }
        if (caseNo != null && caseNo.trim().length() > 32) {
            throw BizException.badRequest("案件编号不能超过 32 个字符");
        }
        if (subject != null && subject.trim().length() > 100) {
            throw BizException.badRequest("执法对象名称不能超过 100 个字符");
        }
        return new Filter(t, code, st, blankToNull(caseNo), blankToNull(subject), categoryId);
    }

    Map<String, Object> page(Filter f, int pageNo, int pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 200) {
            throw BizException.badRequest("分页参数不正确（每页 1-200 条）");
        }
        LoginUser user = CurrentUser.require();
        GridFilter.Scope scope = grids.resolve(null);
        if (scope.empty()) {
            return Map.of("records", List.of(), "total", 0, "pageNo", pageNo, "pageSize", pageSize);
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("me", user.id()).addValue("now", Timestamp.valueOf(LocalDateTime.now()));
        StringBuilder where = new StringBuilder(" WHERE c.del_flag = 0").append(scope.and("c.grid_id", p));
        where.append(switch (f.tab()) {
            case MINE -> MINE;
            case OVERDUE -> OVERDUE;
            case ALL -> "";
        });
        if (f.stage() != null) {
            where.append(" AND c.current_stage = :stage");
            p.addValue("stage", f.stage());
        }
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            p.addValue("status", f.status());
        }
        if (f.caseNo() != null) {
            where.append(" AND c.case_no LIKE :caseNo");
            p.addValue("caseNo", escapeLike(f.caseNo().toUpperCase()) + "%");
        }
        if (f.subject() != null) {
            where.append(" AND s.name LIKE :subject");
            p.addValue("subject", "%" + escapeLike(f.subject()) + "%");
        }
        if (f.categoryId() != null) {
            // a minor class, or a major class = all its minor classes
            where.append(" AND (c.category_id = :cat OR k.parent_id = :cat)");
            p.addValue("cat", f.categoryId());
        }
        String from = " FROM enforcement_case c LEFT JOIN enforcement_case_category k ON k.id = c.category_id"
                + " LEFT JOIN enforcement_case_category m ON m.id = k.parent_id"
                + " LEFT JOIN enforcement_subject s ON s.id = c.subject_id"
                + " LEFT JOIN enforcement_case_stage e ON e.id = c.current_stage_id";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, p, Long.class);
        p.addValue("limit", pageSize).addValue("offset", (pageNo - 1) * pageSize);
        String order = f.tab() == Tab.ALL ? " ORDER BY c.create_time DESC, c.id DESC" : " ORDER BY c.stage_deadline, c.id";
        LocalDateTime now = LocalDateTime.now();
        List<Map<String, Object>> rows = jdbc.query("SELECT c.id, c.case_no, c.category_id, k.name AS category_name,"
                + " m.name AS major_name, s.name AS subject_name, c.plate, c.grid_id, c.status, c.current_stage,"
                + " e.stage_name, c.stage_deadline, c.paused, c.assignee_id, c.reporter_id, c.create_time, c.closed_time"
                + from + where + order + " LIMIT :limit OFFSET :offset", p, (rs, i) -> row(rs, now));
        names(rows);
        return Map.of("records", rows, "total", total == null ? 0 : total, "pageNo", pageNo, "pageSize", pageSize);
    }

    /** Tab badges: my open cases by stage, the overdue ones, and all visible ones (open / total). */
    Map<String, Object> counts() {
        LoginUser user = CurrentUser.require();
        GridFilter.Scope scope = grids.resolve(null);
        Map<String, Long> mine = new LinkedHashMap<>();
        Map<String, Object> out = new LinkedHashMap<>();
        if (scope.empty()) {
            out.put("mine", mine);
            out.put("mineTotal", 0L);
            out.put("overdue", 0L);
            out.put("open", 0L);
            out.put("all", 0L);
            return out;
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("me", user.id()).addValue("now", Timestamp.valueOf(LocalDateTime.now()));
        String base = " FROM enforcement_case c WHERE c.del_flag = 0" + scope.and("c.grid_id", p);
        jdbc.query("SELECT c.current_stage, COUNT(*)" + base + MINE + " GROUP BY c.current_stage", p,
                rs -> {
                    mine.put(rs.getString(1), rs.getLong(2));
                });
        out.put("mine", mine);
        out.put("mineTotal", mine.values().stream().mapToLong(Long::longValue).sum());
        out.put("overdue", jdbc.queryForObject("SELECT COUNT(*)" + base + OVERDUE, p, Long.class));
        out.put("open", jdbc.queryForObject("SELECT COUNT(*)" + base + " AND c.status = 'OPEN'", p, Long.class));
        out.put("all", jdbc.queryForObject("SELECT COUNT(*)" + base, p, Long.class));
        return out;
    }

    private static Map<String, Object> row(ResultSet rs, LocalDateTime now) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(rs.getLong("id")));
        m.put("caseNo", rs.getString("case_no"));
        m.put("categoryId", String.valueOf(rs.getLong("category_id")));
        m.put("categoryName", rs.getString("category_name"));
        m.put("majorName", rs.getString("major_name"));
        m.put("subjectName", rs.getString("subject_name"));
        m.put("plate", rs.getString("plate"));
        m.put("gridId", String.valueOf(rs.getLong("grid_id")));
        String status = rs.getString("status");
        m.put("status", status);
        StageCode stage = StageCode.valueOf(rs.getString("current_stage"));
        m.put("currentStage", stage.name());
        String name = rs.getString("stage_name");
        m.put("currentStageName", name == null ? stage.label() : name);
        Timestamp deadline = rs.getTimestamp("stage_deadline");
        boolean paused = rs.getInt("paused") == 1;
        m.put("stageDeadline", deadline == null ? null : deadline.toLocalDateTime());
        m.put("paused", paused);
        m.put("overdue", "OPEN".equals(status) && !paused && deadline != null && deadline.toLocalDateTime().isBefore(now));
        Long assignee = rs.getObject("assignee_id", Long.class);
        m.put("assigneeId", assignee == null ? null : String.valueOf(assignee));
        Long reporter = rs.getObject("reporter_id", Long.class);
        m.put("reporterId", reporter == null ? null : String.valueOf(reporter));
        m.put("createTime", rs.getTimestamp("create_time").toLocalDateTime());
        Timestamp closed = rs.getTimestamp("closed_time");
        m.put("closedTime", closed == null ? null : closed.toLocalDateTime());
        return m;
    }

    /** Assignee names in one directory call for the whole page. */
    private void names(List<Map<String, Object>> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.get("assigneeId") != null) {
                ids.add(Long.parseLong((String) r.get("assigneeId")));
            }
        });
        Map<Long, UserDirectory.UserRef> refs = ids.isEmpty() ? Map.of() : users.users(ids);
        rows.forEach(r -> {
            UserDirectory.UserRef ref = r.get("assigneeId") == null ? null : refs.get(Long.parseLong((String) r.get("assigneeId")));
            r.put("assigneeName", ref == null ? null : ref.realName());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
