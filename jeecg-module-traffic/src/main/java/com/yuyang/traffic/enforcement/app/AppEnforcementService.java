package com.yuyang.traffic.enforcement.app;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.subject.EnforcementSubjects;
import com.yuyang.traffic.enforcement.support.GridFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * B11 enforcer app: subject search (name, plate, or exact ID number / phone through the HMAC blind index — the
 * ciphertext is never decrypted in SQL), create-if-absent, the enforcer's own open cases by stage and the overdue
 * ones (B12, B13: only cases assigned to the caller, within the caller's grids). Reads the engine's tables through
 * the agreed read model (docs/enforcement.md); the "my cases" page is served by covering indexes, and the per-stage
 * counts by the engine's counter table {@code enforcement_open_case_count} (exact, never cached).
 */
@Service
public class AppEnforcementService {

    private static final Pattern ID_NO = Pattern.compile(AppRequests.ID_NO);
    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
    private static final int SEARCH_LIMIT = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final GridFilter grids;
    private final EnforcementSubjects subjects;
    private final FieldCipher cipher;

    public AppEnforcementService(NamedParameterJdbcTemplate jdbc, GridFilter grids, EnforcementSubjects subjects,
                                 FieldCipher cipher) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.subjects = subjects;
        this.cipher = cipher;
    }

    public List<SubjectView> searchSubjects(String keyword) {
        String k = keyword == null ? "" : keyword.trim();
        if (k.isEmpty()) {
            throw BizException.badRequest("请输入名称、车牌号、证件号或电话");
        }
        if (k.length() > 100) {
            throw BizException.badRequest("检索内容不能超过100个字符");
        }
        GridFilter.Scope scope = grids.resolve(null);
        if (scope.empty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where;
        if (ID_NO.matcher(k).matches()) {
            where = "s.id_no_hash = :hash";
            p.addValue("hash", subjects.idNoHash(k));
        } else if (PHONE.matcher(k).matches()) {
            where = "s.phone_hash = :hash";
            p.addValue("hash", cipher.hash(k));
        } else {
            where = "(s.name LIKE :name ESCAPE '!' OR s.plate = :plate)";
            p.addValue("name", "%" + k.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            p.addValue("plate", k.toUpperCase(java.util.Locale.ROOT));
        }
        return jdbc.query("SELECT s.id, s.name, s.subject_type, s.contact, s.phone, s.id_no, s.plate, s.status, s.grid_id"
                + " FROM enforcement_subject s WHERE s.del_flag = 0 AND " + where + scope.and("s.grid_id", p)
                + " ORDER BY s.name, s.id LIMIT " + SEARCH_LIMIT, p, (rs, i) -> subject(rs));
    }

    public SubjectView subject(long id) {
        GridFilter.Scope scope = grids.resolve(null);
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        List<SubjectView> rows = scope.empty() ? List.of() : jdbc.query("SELECT s.id, s.name, s.subject_type, s.contact,"
                + " s.phone, s.id_no, s.plate, s.status, s.grid_id FROM enforcement_subject s WHERE s.id = :id AND s.del_flag = 0"
                + scope.and("s.grid_id", p), p, (rs, i) -> subject(rs));
        if (rows.isEmpty()) {
            throw BizException.notFound("执法对象不存在或无权访问");
        }
        return rows.get(0);
    }

    /** Finds the subject (same ID number, else same name, in the grid) or registers it; {@code created} tells which. */
    public Map<String, Object> findOrCreate(AppRequests.Subject req) {
        LoginUser user = CurrentUser.require();
        GridFilter.Scope scope = grids.resolve(null);
        long grid = gridFor(req.gridId(), scope);
        grids.resolve(grid);
        MapSqlParameterSource p = new MapSqlParameterSource("grid", grid).addValue("name", req.name().trim());
        String idNo = req.idNo() == null || req.idNo().isBlank() ? null : req.idNo().trim();
        p.addValue("hash", idNo == null ? null : subjects.idNoHash(idNo));
        List<Long> existing = jdbc.queryForList("SELECT id FROM enforcement_subject WHERE grid_id = :grid AND del_flag = 0"
                + " AND (" + (idNo == null ? "" : "id_no_hash = :hash OR ") + "name = :name) ORDER BY id LIMIT 1", p, Long.class);
        long id = subjects.findOrCreate(user.tenantId(), grid, req.name().trim(), req.subjectType(), idNo, blank(req.phone()),
                blank(req.plate()), blank(req.contact()), user.username());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", String.valueOf(id));
        out.put("created", existing.isEmpty());
        out.put("subject", subject(id));
        return out;
    }

    /** The caller's open cases: counts per current stage, and one page (optionally of one stage), most urgent first. */
    public Map<String, Object> myCases(String stage, long pageNo, long pageSize) {
        StageCode code = null;
        if (stage != null && !stage.isBlank()) {
            code = StageCode.parse(stage.trim()).orElseThrow(() -> BizException.badRequest("环节编码不正确：" + stage));
        }
        page(pageNo, pageSize);
        LoginUser user = CurrentUser.require();
        GridFilter.Scope scope = grids.resolve(null);
        Map<String, Object> out = new LinkedHashMap<>();
        if (scope.empty()) {
            out.put("counts", Map.of());
            out.put("page", new PageResult<>(List.of(), 0, pageNo, pageSize));
            return out;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("me", user.id());
        String mine = " FROM enforcement_case c WHERE c.assignee_id = :me AND c.status = 'OPEN' AND c.del_flag = 0"
                + scope.and("c.grid_id", p);
        // exact per-stage counts from the engine's counter (kept in the transaction of every case change), summed
        // over the caller's grids: a few rows instead of counting up to every open case of the enforcer
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT n.current_stage, SUM(n.open_count) FROM enforcement_open_case_count n WHERE n.assignee_id = :me"
                + scope.and("n.grid_id", p) + " GROUP BY n.current_stage HAVING SUM(n.open_count) > 0 ORDER BY n.current_stage",
                p, rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        long total;
        String where = mine;
        if (code != null) {
            where += " AND c.current_stage = :stage";
            p.addValue("stage", code.name());
            total = counts.getOrDefault(code.name(), 0L);
        } else {
            total = counts.values().stream().mapToLong(Long::longValue).sum();
        }
        List<MyCaseRow> rows = rows(where, p, pageNo, pageSize);
        out.put("counts", counts);
        out.put("page", new PageResult<>(rows, total, pageNo, pageSize));
        return out;
    }

    /** The caller's cases whose current stage ran over its time limit (not paused), longest overdue first. */
    public PageResult<MyCaseRow> overdue(long pageNo, long pageSize) {
        page(pageNo, pageSize);
        LoginUser user = CurrentUser.require();
        GridFilter.Scope scope = grids.resolve(null);
        if (scope.empty()) {
            return new PageResult<>(List.of(), 0, pageNo, pageSize);
        }
        MapSqlParameterSource p = new MapSqlParameterSource("me", user.id())
                .addValue("now", Timestamp.valueOf(LocalDateTime.now()));
        String where = " FROM enforcement_case c WHERE c.assignee_id = :me AND c.status = 'OPEN' AND c.del_flag = 0"
                + " AND c.paused = 0 AND c.stage_deadline < :now" + scope.and("c.grid_id", p);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        return new PageResult<>(rows(where, p, pageNo, pageSize), total == null ? 0 : total, pageNo, pageSize);
    }

    private List<MyCaseRow> rows(String where, MapSqlParameterSource p, long pageNo, long pageSize) {
        p.addValue("limit", pageSize).addValue("offset", (pageNo - 1) * pageSize);
        LocalDateTime now = LocalDateTime.now();
        // the page of ids from the index first, then the 20 rows with their names
        return jdbc.query("SELECT c.id, c.case_no, cat.name AS category_name, s.name AS subject_name, c.plate,"
                + " c.current_stage, c.stage_deadline, c.paused, c.create_time, c.version FROM enforcement_case c"
                + " JOIN (SELECT c.id" + where + " ORDER BY c.stage_deadline, c.id LIMIT :limit OFFSET :offset) pg ON pg.id = c.id"
                + " LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id"
                + " LEFT JOIN enforcement_subject s ON s.id = c.subject_id ORDER BY c.stage_deadline, c.id", p, (rs, i) -> {
            LocalDateTime deadline = time(rs.getTimestamp("stage_deadline"));
            boolean paused = rs.getInt("paused") == 1;
            String stage = rs.getString("current_stage");
            return new MyCaseRow(String.valueOf(rs.getLong("id")), rs.getString("case_no"), rs.getString("category_name"),
                    rs.getString("subject_name"), rs.getString("plate"), stage,
                    StageCode.parse(stage).map(StageCode::label).orElse(stage), deadline,
                    !paused && deadline != null && deadline.isBefore(now), paused, time(rs.getTimestamp("create_time")),
                    rs.getInt("version"));
        });
    }

    private SubjectView subject(ResultSet rs) throws SQLException {
        return new SubjectView(String.valueOf(rs.getLong("id")), rs.getString("name"), rs.getString("subject_type"),
                rs.getString("contact"), decrypt(rs.getString("phone")), decrypt(rs.getString("id_no")), rs.getString("plate"),
                rs.getString("status"), String.valueOf(rs.getLong("grid_id")));
    }

    private String decrypt(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return cipher.decrypt(stored);
        } catch (IllegalStateException e) {
            // not ciphertext of this key: never show what it is
            return null;
        }
    }

    private static long gridFor(Long requested, GridFilter.Scope scope) {
        if (requested != null) {
            return requested;
        }
        if (scope.grids() != null && scope.grids().size() == 1) {
            return scope.grids().iterator().next();
        }
        throw BizException.badRequest("请选择执法对象所属网格（gridId）");
    }

    private static void page(long pageNo, long pageSize) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw BizException.badRequest("分页参数不正确（pageNo ≥ 1，pageSize 1–100）");
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
