package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff's case list: grid-scoped, filtered by status, stage, case number or "assigned to me". */
@Component
class CaseListing {

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;

    CaseListing(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    Map<String, Object> page(String status, String stage, String caseNo, boolean mine, int pageNo, int pageSize) {
        LoginUser user = CurrentUser.require();
        if (pageNo < 1 || pageSize < 1 || pageSize > 200) {
            throw BizException.badRequest("分页参数不正确（每页 1-200 条）");
        }
        StringBuilder where = new StringBuilder(" WHERE c.del_flag = 0");
        MapSqlParameterSource p = new MapSqlParameterSource();
        DataScope scope = scopes.resolve(user);
        if (!scope.all()) {
            if (scope.gridIds().isEmpty()) {
                return Map.of("records", List.of(), "total", 0, "pageNo", pageNo, "pageSize", pageSize);
            }
            where.append(" AND c.grid_id IN (:grids)");
            p.addValue("grids", scope.gridIds());
        }
        if (status != null && !status.isBlank()) {
            if (!List.of("OPEN", "CLOSED").contains(status)) {
                throw BizException.badRequest("案件状态只能是 OPEN 或 CLOSED");
            }
            where.append(" AND c.status = :status");
            p.addValue("status", status);
        }
        if (stage != null && !stage.isBlank()) {
            StageCode code = StageCode.parse(stage).orElseThrow(() -> BizException.badRequest("环节代码不正确：" + stage));
            where.append(" AND c.current_stage = :stage");
            p.addValue("stage", code.name());
        }
        if (caseNo != null && !caseNo.isBlank()) {
            where.append(" AND c.case_no = :caseNo");
            p.addValue("caseNo", caseNo.trim());
        }
        if (mine) {
            where.append(" AND c.assignee_id = :me");
            p.addValue("me", user.id());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case c" + where, p, Long.class);
        p.addValue("limit", pageSize).addValue("offset", (pageNo - 1) * pageSize);
        List<Map<String, Object>> rows = jdbc.query("SELECT c.id, c.case_no, c.category_id, k.name AS category_name,"
                + " c.subject_id, s.name AS subject_name, c.grid_id, c.status, c.current_stage, c.stage_deadline, c.paused,"
                + " c.assignee_id, c.create_time, c.closed_time FROM enforcement_case c"
                + " LEFT JOIN enforcement_case_category k ON k.id = c.category_id"
                + " LEFT JOIN enforcement_subject s ON s.id = c.subject_id" + where
                + " ORDER BY c.create_time DESC, c.id DESC LIMIT :limit OFFSET :offset", p, (rs, i) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getLong("id"));
            m.put("caseNo", rs.getString("case_no"));
            m.put("categoryId", rs.getLong("category_id"));
            m.put("categoryName", rs.getString("category_name"));
            m.put("subjectId", rs.getObject("subject_id", Long.class));
            m.put("subjectName", rs.getString("subject_name"));
            m.put("gridId", rs.getLong("grid_id"));
            m.put("status", rs.getString("status"));
            StageCode sc = StageCode.valueOf(rs.getString("current_stage"));
            m.put("currentStage", sc.name());
            m.put("currentStageLabel", sc.label());
            m.put("stageDeadline", rs.getTimestamp("stage_deadline") == null ? null : rs.getTimestamp("stage_deadline").toLocalDateTime());
            m.put("paused", rs.getInt("paused") == 1);
            m.put("assigneeId", rs.getObject("assignee_id", Long.class));
            m.put("createTime", rs.getTimestamp("create_time").toLocalDateTime());
            m.put("closedTime", rs.getTimestamp("closed_time") == null ? null : rs.getTimestamp("closed_time").toLocalDateTime());
            return m;
        });
        return Map.of("records", rows, "total", total == null ? 0 : total, "pageNo", pageNo, "pageSize", pageSize);
    }
}
