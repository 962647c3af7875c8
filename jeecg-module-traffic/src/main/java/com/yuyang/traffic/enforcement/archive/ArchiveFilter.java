package com.yuyang.traffic.enforcement.archive;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.QueryDates;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.support.GridFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * B10 archive search: case number (exact or prefix), subject (name contains), class (a minor class, or a major
 * class with all its minor classes), creation date range, state (OPEN/CLOSED), current stage, enforcer (the
 * case's assigned enforcer), grid, flagged (a fine out of range was confirmed). Every value is bound; the SQL
 * text only ever contains fixed fragments.
 */
public record ArchiveFilter(String caseNo, String subject, Long categoryId, LocalDate from, LocalDate to, String status,
                            StageCode stage, Long enforcerId, Long gridId, Boolean flagged) {

    public static ArchiveFilter parse(String caseNo, String subject, Long categoryId, String from, String to,
                                      String status, String stage, Long enforcerId, Long gridId, Boolean flagged) {
        if (caseNo != null && caseNo.trim().length() > 32) {
            throw BizException.badRequest("案件编号不能超过 32 个字符");
        }
        if (subject != null && subject.trim().length() > 100) {
            throw BizException.badRequest("执法对象名称不能超过 100 个字符");
        }
        if (status != null && !status.isBlank() && !status.equals("OPEN") && !status.equals("CLOSED")) {
            throw BizException.badRequest("案件状态只能是 OPEN（办理中）或 CLOSED（已结案）");
        }
        StageCode stageCode = null;
        if (stage != null && !stage.isBlank()) {
            stageCode = StageCode.parse(stage).orElseThrow(() -> BizException.badRequest("环节编码不正确：" + stage));
        }
        LocalDate f = QueryDates.labelled(from, "开始日期");
        LocalDate t = QueryDates.labelled(to, "结束日期");
        if (f != null && t != null && t.isBefore(f)) {
            throw BizException.badRequest("结束日期不能早于开始日期");
        }
        return new ArchiveFilter(blank(caseNo), blank(subject), categoryId, f, t, blank(status), stageCode, enforcerId,
                gridId, flagged);
    }

    /** FROM … WHERE … for the cases table aliased c (category cat, its parent major, subject s). */
    String fromWhere(GridFilter.Scope scope, MapSqlParameterSource p) {
        StringBuilder sb = new StringBuilder(" FROM enforcement_case c"
                + " LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id"
                + " LEFT JOIN enforcement_case_category major ON major.id = cat.parent_id"
                + " LEFT JOIN enforcement_subject s ON s.id = c.subject_id"
                + " WHERE c.del_flag = 0");
        sb.append(scope.and("c.grid_id", p));
        if (caseNo != null) {
            sb.append(" AND c.case_no LIKE :caseNo ESCAPE '!'");
            p.addValue("caseNo", like(caseNo) + "%");
        }
        if (subject != null) {
            sb.append(" AND s.name LIKE :subject ESCAPE '!'");
            p.addValue("subject", "%" + like(subject) + "%");
        }
        if (categoryId != null) {
            sb.append(" AND (c.category_id = :categoryId OR cat.parent_id = :categoryId)");
            p.addValue("categoryId", categoryId);
        }
        if (from != null) {
            sb.append(" AND c.create_time >= :from");
            p.addValue("from", Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            sb.append(" AND c.create_time < :to");
            p.addValue("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        if (status != null) {
            sb.append(" AND c.status = :status");
            p.addValue("status", status);
        }
        if (stage != null) {
            sb.append(" AND c.current_stage = :stage");
            p.addValue("stage", stage.name());
        }
        if (enforcerId != null) {
            sb.append(" AND c.assignee_id = :enforcerId");
            p.addValue("enforcerId", enforcerId);
        }
        if (Boolean.TRUE.equals(flagged)) {
            sb.append(" AND EXISTS (SELECT 1 FROM enforcement_case_measure fm WHERE fm.case_id = c.id"
                    + " AND fm.del_flag = 0 AND fm.out_of_range = 1)");
        }
        return sb.toString();
    }

    private static String like(String v) {
        return v.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
