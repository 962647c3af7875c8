package com.yuyang.traffic.enforcement.archive;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.support.GridFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * B10: every case with its state, searchable, and exportable as xlsx. Reads the engine's tables through the agreed
 * read model (docs/enforcement.md) with the caller's grid scope applied explicitly. The export is streamed: keyset
 * batches of {@value #BATCH} rows are written to the sheet as they are read, so memory does not grow with the archive.
 */
@Service
public class ArchiveService {

    static final int BATCH = 500;

    private static final String COLUMNS = "SELECT c.id, c.case_no, major.name AS major_name, cat.name AS category_name,"
            + " s.name AS subject_name, c.plate, c.grid_id, c.source, c.status, c.current_stage, c.stage_deadline, c.paused,"
            + " c.assignee_id, c.create_time, c.closed_time,"
            + " (SELECT COALESCE(SUM(m.amount), 0) FROM enforcement_case_measure m WHERE m.case_id = c.id AND m.del_flag = 0"
            + "  AND m.measure_type = 'FINE') AS fine_total,"
            + " (SELECT COUNT(*) FROM enforcement_case_measure m WHERE m.case_id = c.id AND m.del_flag = 0"
            + "  AND m.out_of_range = 1) AS flagged,"
            + " (SELECT COUNT(*) FROM enforcement_case_measure m WHERE m.case_id = c.id AND m.del_flag = 0) AS measure_count,"
            + " (SELECT COUNT(*) FROM enforcement_appeal a WHERE a.case_id = c.id AND a.del_flag = 0) AS appeals";

    private final NamedParameterJdbcTemplate jdbc;
    private final GridFilter grids;
    private final OrgDirectory org;
    private final UserDirectory users;

    public ArchiveService(NamedParameterJdbcTemplate jdbc, GridFilter grids, UserDirectory users, OrgDirectory org) {
        this.org = org;
        this.jdbc = jdbc;
        this.grids = grids;
        this.users = users;
    }

    public PageResult<ArchiveRow> page(ArchiveFilter f, long pageNo, long pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 200) {
            throw BizException.badRequest("分页参数不正确（pageNo ≥ 1，pageSize 1–200）");
        }
        GridFilter.Scope scope = grids.resolve(f.gridId());
        if (scope.empty()) {
            return new PageResult<>(List.of(), 0, pageNo, pageSize);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String fromWhere = f.fromWhere(scope, p);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + fromWhere, p, Long.class);
        p.addValue("limit", pageSize).addValue("offset", (pageNo - 1) * pageSize);
        List<Raw> raw = jdbc.query(COLUMNS + fromWhere + " ORDER BY c.create_time DESC, c.id DESC LIMIT :limit OFFSET :offset",
                p, (rs, i) -> raw(rs));
        return new PageResult<>(rows(raw), total == null ? 0 : total, pageNo, pageSize);
    }

    /** The caller's grid scope for a filter (403 for a grid outside it); resolve it before streaming starts. */
    public GridFilter.Scope scope(ArchiveFilter f) {
        return grids.resolve(f.gridId());
    }

    public void export(ArchiveFilter f, GridFilter.Scope scope, OutputStream out) {
        ExcelWriter writer = FastExcel.write(out).head(HEAD).autoCloseStream(false).build();
        try {
            WriteSheet sheet = FastExcel.writerSheet("执法档案").build();
            Long after = null;
            while (!scope.empty()) {
                MapSqlParameterSource p = new MapSqlParameterSource();
                String sql = COLUMNS + f.fromWhere(scope, p) + (after == null ? "" : " AND c.id < :after")
                        + " ORDER BY c.id DESC LIMIT " + BATCH;
                p.addValue("after", after);
                List<Raw> batch = jdbc.query(sql, p, (rs, i) -> raw(rs));
                if (batch.isEmpty()) {
                    break;
                }
                writer.write(rows(batch).stream().map(ArchiveService::line).toList(), sheet);
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).id;
            }
            if (scope.empty()) {
                writer.write(List.<List<Object>>of(), sheet);
            }
        } finally {
            writer.finish();
        }
    }

    private static final List<List<String>> HEAD = List.of("案件编号", "案件大类", "案件小类", "执法对象", "车牌号", "网格",
            "来源", "状态", "当前环节", "环节期限", "是否超期", "承办人", "登记时间", "结案时间", "处置措施数", "罚款合计(元)",
            "超幅度处罚", "申诉次数").stream().map(List::of).toList();

    private static List<Object> line(ArchiveRow r) {
        List<Object> l = new ArrayList<>(18);
        l.add(r.caseNo());
        l.add(r.majorCategory());
        l.add(r.category());
        l.add(r.subjectName());
        l.add(r.plate());
        l.add(r.gridName() == null ? r.gridId() : r.gridName());
        l.add(r.source());
        l.add("CLOSED".equals(r.status()) ? "已结案" : "办理中");
        l.add(r.currentStageName());
        l.add(r.stageDeadline() == null ? null : Timestamp.valueOf(r.stageDeadline()).toString().substring(0, 19));
        l.add(r.overdue() ? "是" : "否");
        l.add(r.assigneeName());
        l.add(r.createTime() == null ? null : Timestamp.valueOf(r.createTime()).toString().substring(0, 19));
        l.add(r.closedTime() == null ? null : Timestamp.valueOf(r.closedTime()).toString().substring(0, 19));
        l.add(r.measureCount());
        l.add(r.fineTotal());
        l.add(r.outOfRange() ? "是" : "否");
        l.add(r.appeals());
        return l;
    }

    private record Raw(long id, String caseNo, String major, String category, String subject, String plate, long gridId,
                       String source, String status, String stage, LocalDateTime deadline, boolean paused, Long assignee,
                       LocalDateTime created, LocalDateTime closed, BigDecimal fineTotal, int flagged, int measures,
                       int appeals) {
    }

    private static Raw raw(ResultSet rs) throws SQLException {
        return new Raw(rs.getLong("id"), rs.getString("case_no"), rs.getString("major_name"), rs.getString("category_name"),
                rs.getString("subject_name"), rs.getString("plate"), rs.getLong("grid_id"), rs.getString("source"),
                rs.getString("status"), rs.getString("current_stage"), time(rs.getTimestamp("stage_deadline")),
                rs.getInt("paused") == 1, (Long) rs.getObject("assignee_id", Long.class),
                time(rs.getTimestamp("create_time")), time(rs.getTimestamp("closed_time")), rs.getBigDecimal("fine_total"),
                rs.getInt("flagged"), rs.getInt("measure_count"), rs.getInt("appeals"));
    }

    private List<ArchiveRow> rows(List<Raw> raw) {
        Set<Long> ids = new HashSet<>();
        raw.forEach(r -> {
            if (r.assignee != null) {
                ids.add(r.assignee);
            }
        });
        Map<Long, UserDirectory.UserRef> names = ids.isEmpty() ? Map.of() : users.users(ids);
        Map<Long, String> gridNames = org.gridNames(raw.stream().map(Raw::gridId).collect(Collectors.toSet()));
        LocalDateTime now = LocalDateTime.now();
        return raw.stream().map(r -> {
            UserDirectory.UserRef u = r.assignee == null ? null : names.get(r.assignee);
            boolean overdue = "OPEN".equals(r.status) && !r.paused && r.deadline != null && r.deadline.isBefore(now);
            String stageName = StageCode.parse(r.stage).map(StageCode::label).orElse(r.stage);
            return new ArchiveRow(String.valueOf(r.id), r.caseNo, r.major, r.category, r.subject, r.plate,
                    String.valueOf(r.gridId), gridNames.get(r.gridId), r.source, r.status, r.stage, stageName, r.deadline, overdue,
                    r.assignee == null ? null : String.valueOf(r.assignee), u == null ? null : u.realName(), r.created,
                    r.closed, r.measures, Objects.requireNonNullElse(r.fineTotal, BigDecimal.ZERO),
                    r.flagged > 0, r.appeals);
        }).toList();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
