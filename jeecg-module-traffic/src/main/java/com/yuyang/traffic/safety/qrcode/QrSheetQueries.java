package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists of the QR print page (A2, A10): subjects with the state of their code, and the print log across
 * subjects. Both are limited to the caller's grids, with bound parameters only.
 */
@Component
public class QrSheetQueries {

    private static final Set<String> SUBJECT_STATUSES = Set.of("NORMAL", "HIDDEN", "LOCKED", "ABNORMAL");
    private static final Set<String> QR_STATUSES = Set.of(QrCodeService.BOUND, QrCodeService.UNBOUND);

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;
    private final OrgDirectory org;

    public QrSheetQueries(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes, OrgDirectory org) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.org = org;
    }

    public record SubjectFilter(String keyword, Long gridId, Long industryId, String status, String qrStatus) {
    }

    public record SubjectRow(String id, String name, String creditCode, String gridId, String gridName, String industryId,
                             String industryName, String status, String qrStatus, int printCount) {
    }

    public record LogRow(String id, String subjectId, String subjectName, String action, int copies, String username,
                         LocalDateTime time) {
    }

    public record Page<T>(long total, List<T> records) {
    }

    public Page<SubjectRow> subjects(SubjectFilter f, int pageNo, int pageSize, LoginUser user) {
        paging(pageNo, pageSize);
        if (f.status() != null && !SUBJECT_STATUSES.contains(f.status())) {
            throw BizException.badRequest("主体状态只能是 NORMAL、HIDDEN、LOCKED 或 ABNORMAL");
        }
        if (f.qrStatus() != null && !QR_STATUSES.contains(f.qrStatus())) {
            throw BizException.badRequest("二维码状态只能是 BOUND 或 UNBOUND");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("tenant", user.tenantId());
        StringBuilder where = new StringBuilder(" FROM safety_subject s LEFT JOIN safety_subject_qrcode q ON q.subject_id = s.id"
                + " LEFT JOIN safety_industry i ON i.id = s.industry_id WHERE s.del_flag = 0 AND s.tenant_id = :tenant");
        where.append(gridScope("s.grid_id", f.gridId(), user, p));
        if (f.keyword() != null && !f.keyword().isBlank()) {
            if (f.keyword().length() > 50) {
                throw BizException.badRequest("关键字不超过 50 字");
            }
            where.append(" AND (s.name LIKE :kw ESCAPE '!' OR s.credit_code LIKE :kw ESCAPE '!')");
            p.addValue("kw", "%" + f.keyword().trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (f.industryId() != null) {
            where.append(" AND s.industry_id = :industry");
            p.addValue("industry", f.industryId());
        }
        if (f.status() != null) {
            where.append(" AND s.status = :status");
            p.addValue("status", f.status());
        }
        if (f.qrStatus() != null) {
            // a subject without a code yet gets a bound one on first use
            where.append(QrCodeService.BOUND.equals(f.qrStatus()) ? " AND (q.status IS NULL OR q.status = :qr)" : " AND q.status = :qr");
            p.addValue("qr", f.qrStatus());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        p.addValue("n", pageSize).addValue("o", (long) (pageNo - 1) * pageSize);
        Map<Long, String> grids = gridNames();
        List<SubjectRow> rows = jdbc.query("SELECT s.id, s.name, s.credit_code, s.grid_id, s.industry_id, i.name, s.status,"
                        + " q.status, q.print_count" + where + " ORDER BY s.name, s.id LIMIT :n OFFSET :o", p,
                (rs, n) -> {
                    Long grid = rs.getObject(4) == null ? null : rs.getLong(4);
                    return new SubjectRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            grid == null ? null : String.valueOf(grid), grid == null ? null : grids.get(grid), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8) == null ? QrCodeService.BOUND : rs.getString(8),
                            rs.getInt(9));
                });
        return new Page<>(total == null ? 0 : total, rows);
    }

    /** Prints and downloads of the codes of the caller's subjects, newest first; optionally of one subject. */
    public Page<LogRow> printLog(Long subjectId, String action, int pageNo, int pageSize, LoginUser user) {
        paging(pageNo, pageSize);
        if (action != null && !Set.of("PRINT", "DOWNLOAD").contains(action)) {
            throw BizException.badRequest("操作类型只能是 PRINT 或 DOWNLOAD");
        }
        MapSqlParameterSource p = new MapSqlParameterSource("tenant", user.tenantId());
        StringBuilder where = new StringBuilder(" FROM safety_qr_print_log l JOIN safety_subject s ON s.id = l.subject_id"
                + " WHERE s.tenant_id = :tenant").append(gridScope("s.grid_id", null, user, p));
        if (subjectId != null) {
            where.append(" AND l.subject_id = :subject");
            p.addValue("subject", subjectId);
        }
        if (action != null) {
            where.append(" AND l.action = :action");
            p.addValue("action", action);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        p.addValue("n", pageSize).addValue("o", (long) (pageNo - 1) * pageSize);
        List<LogRow> rows = jdbc.query("SELECT l.id, l.subject_id, s.name, l.action, l.copies, l.username, l.create_time" + where
                + " ORDER BY l.create_time DESC, l.id DESC LIMIT :n OFFSET :o", p, (rs, n) -> new LogRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime().withNano(0)));
        return new Page<>(total == null ? 0 : total, rows);
    }

    /** The caller's grids; a requested grid (with its sub-grids) must lie within them, 403 otherwise. */
    private String gridScope(String column, Long gridId, LoginUser user, MapSqlParameterSource p) {
        DataScope scope = scopes.resolve(user);
        if (gridId != null) {
            if (!scope.allows(gridId)) {
                throw BizException.forbidden("无权查看该网格的主体");
            }
            Set<Long> grids = org.gridSubtree(gridId);
            grids.removeIf(g -> !scope.allows(g));
            if (grids.isEmpty()) {
                return " AND 1 = 0";
            }
            p.addValue("grids", grids);
            return " AND " + column + " IN (:grids)";
        }
        if (scope.all()) {
            return "";
        }
        if (scope.gridIds().isEmpty()) {
            return " AND 1 = 0";
        }
        p.addValue("grids", scope.gridIds());
        return " AND " + column + " IN (:grids)";
    }

    private Map<Long, String> gridNames() {
        Map<Long, String> out = new HashMap<>();
        org.grids().forEach(g -> out.put(g.id(), g.name()));
        return out;
    }

    private static void paging(int pageNo, int pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw BizException.badRequest("分页参数有误：页码从 1 开始，每页 1 至 100 条");
        }
    }
}
