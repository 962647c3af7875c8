package com.yuyang.traffic.safety.subject;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.exception.BizException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The subject feature's small write interface for other safety features: the supervision status (A9 measures)
 * and approved company/employee data (A10 review management). Callers never write safety_subject or
 * safety_employee themselves; the columns they may touch are fixed here, values are bound parameters.
 */
@Component
public class SubjectChanges {

    /** Statuses other features may impose; HIDDEN (not yet approved) is the subject form's own business. */
    public static final Set<String> SUPERVISION_STATUSES = Set.of("NORMAL", "ABNORMAL", "LOCKED");
    /** Company data an enterprise may change (A8): never grid, department, industry or status. */
    public static final List<String> PROFILE_COLUMNS = List.of("name", "credit_code", "legal_person", "phone", "address",
            "business_scope", "registered_date", "expiry_date", "intro");
    public static final List<String> EMPLOYEE_COLUMNS = List.of("name", "sex", "age", "id_card", "phone",
            "driving_licence", "health_status", "job", "household_address");
    /**
     * Blind indexes of the sensitive columns (online forms' {@code "sensitive"} fields): written with the ciphertext
     * sealed by the online engine's SensitiveFields, read so that the clear value can be revealed (masked).
     */
    private static final List<String> PROFILE_HASHES = List.of("phone_hash");
    private static final List<String> EMPLOYEE_HASHES = List.of("id_card_hash", "phone_hash");

    private final NamedParameterJdbcTemplate jdbc;

    public SubjectChanges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Status(long subjectId, String status) {
    }

    public Optional<String> status(long subjectId) {
        List<String> s = jdbc.queryForList("SELECT status FROM safety_subject WHERE id = :id AND del_flag = 0",
                new MapSqlParameterSource("id", subjectId), String.class);
        return s.isEmpty() ? Optional.empty() : Optional.ofNullable(s.get(0));
    }

    /**
     * Locks the subject row until the caller's transaction ends. Actions on different measure cases of one subject
     * take it before they change a case, so their status recomputations run one after the other and the last one
     * sees every earlier committed case state (without it two commits at once could leave the less severe status).
     */
    public void lockForStatus(long subjectId) {
        jdbc.queryForList("SELECT id FROM safety_subject WHERE id = :id FOR UPDATE", new MapSqlParameterSource("id", subjectId),
                Long.class);
    }

    /**
     * Sets the supervision status; a hidden (not yet approved) or deleted subject is left alone. Returns whether
     * the row changed.
     */
    public boolean changeStatus(long subjectId, String status, String by) {
        if (!SUPERVISION_STATUSES.contains(status)) {
            throw new IllegalArgumentException("not a supervision status: " + status);
        }
        return jdbc.update("UPDATE safety_subject SET status = :st, version = version + 1, update_by = :by, update_time = :t"
                + " WHERE id = :id AND del_flag = 0 AND (status IS NULL OR status <> 'HIDDEN') AND (status IS NULL OR status <> :st)",
                new MapSqlParameterSource("st", status).addValue("by", by).addValue("t", now()).addValue("id", subjectId)) > 0;
    }

    /** Current values of the profile columns (for reviewers comparing with a submission). */
    public Map<String, Object> profile(long subjectId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + String.join(", ", PROFILE_COLUMNS) + ", "
                + String.join(", ", PROFILE_HASHES)
                + " FROM safety_subject WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", subjectId));
        return rows.isEmpty() ? Map.of() : lower(rows.get(0));
    }

    public Map<String, Object> employee(long employeeId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT subject_id, " + String.join(", ", EMPLOYEE_COLUMNS) + ", "
                + String.join(", ", EMPLOYEE_HASHES)
                + " FROM safety_employee WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", employeeId));
        return rows.isEmpty() ? Map.of() : lower(rows.get(0));
    }

    public void applyProfile(long subjectId, Map<String, Object> values, String by) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", subjectId).addValue("by", by).addValue("t", now());
        String set = assignments(values, PROFILE_COLUMNS, PROFILE_HASHES, p);
        if (jdbc.update("UPDATE safety_subject SET " + set + "version = version + 1, update_by = :by, update_time = :t"
                + " WHERE id = :id AND del_flag = 0", p) == 0) {
            throw BizException.notFound("主体不存在或已删除");
        }
    }

    public long addEmployee(long tenantId, long gridId, long subjectId, Map<String, Object> values, String by) {
        long id = IdWorker.getId();
        StringBuilder cols = new StringBuilder("id, tenant_id, grid_id, subject_id, version, del_flag, create_by, create_time");
        StringBuilder vals = new StringBuilder(":id, :tn, :g, :s, 0, 0, :by, :t");
        MapSqlParameterSource p = new MapSqlParameterSource("id", id).addValue("tn", tenantId).addValue("g", gridId)
                .addValue("s", subjectId).addValue("by", by).addValue("t", now());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String col = checked(e.getKey(), EMPLOYEE_COLUMNS, EMPLOYEE_HASHES);
            cols.append(", ").append(col);
            vals.append(", :v_").append(col);
            p.addValue("v_" + col, e.getValue());
        }
        jdbc.update("INSERT INTO safety_employee (" + cols + ") VALUES (" + vals + ")", p);
        return id;
    }

    public void updateEmployee(long employeeId, long subjectId, Map<String, Object> values, String by) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", employeeId).addValue("s", subjectId)
                .addValue("by", by).addValue("t", now());
        String set = assignments(values, EMPLOYEE_COLUMNS, EMPLOYEE_HASHES, p);
        if (jdbc.update("UPDATE safety_employee SET " + set + "version = version + 1, update_by = :by, update_time = :t"
                + " WHERE id = :id AND subject_id = :s AND del_flag = 0", p) == 0) {
            throw BizException.notFound("从业人员不存在或已删除");
        }
    }

    /** "col = :v_col, " for every value; column names come from the fixed lists above, never from the caller. */
    private static String assignments(Map<String, Object> values, List<String> allowed, List<String> hashes,
                                      MapSqlParameterSource p) {
        StringBuilder set = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String col = checked(e.getKey(), allowed, hashes);
            set.append(col).append(" = :v_").append(col).append(", ");
            p.addValue("v_" + col, e.getValue());
        }
        return set.toString();
    }

    private static String checked(String column, List<String> allowed, List<String> hashes) {
        int i = allowed.indexOf(column);
        if (i >= 0) {
            return allowed.get(i);
        }
        int h = hashes.indexOf(column);
        if (h < 0) {
            throw new IllegalArgumentException("column not writable: " + column);
        }
        return hashes.get(h);
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
