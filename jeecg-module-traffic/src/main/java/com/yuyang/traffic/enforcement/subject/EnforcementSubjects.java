package com.yuyang.traffic.enforcement.subject;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the online form enforcement_subject for code: look-up (no grid scope here: callers check
 * the grid), find-or-create for third-party imports, and the subject status that measures drive (B9).
 * Phone and ID numbers are written encrypted with their blind index in {@code phone_hash} / {@code id_no_hash},
 * exactly as the online engine stores the form's sensitive fields ({@code "sensitive": "phone" | "idcard"}:
 * trimmed, ID numbers upper-cased, same {@link FieldCipher}), so the engine's list, export and exact-match
 * queries and the enforcer app's search read both alike.
 */
@Component
public class EnforcementSubjects {

    public static final Set<String> STATUSES = Set.of("NORMAL", "UNDER_CASE", "PENALISED", "SUSPENDED", "REVOKED");

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    public EnforcementSubjects(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<EnforcementSubject> find(long id) {
        List<EnforcementSubject> rows = jdbc.query("SELECT id, name, subject_type, grid_id, plate, status FROM enforcement_subject"
                + " WHERE id = ? AND del_flag = 0", (rs, i) -> new EnforcementSubject(rs.getLong(1), rs.getString(2),
                rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6)), id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The blind index of an ID number (exact search without decrypting in SQL). */
    public String idNoHash(String idNo) {
        return cipher.hash(normaliseIdNo(idNo));
    }

    /**
     * The subject of the grid with this ID number, else with exactly this name, else a new one (imports).
     * Returns the subject id.
     */
    public long findOrCreate(long tenantId, long gridId, String name, String subjectType, String idNo, String phone,
                             String plate, String contact, String by) {
        if (idNo != null && !idNo.isBlank()) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM enforcement_subject WHERE id_no_hash = ? AND grid_id = ?"
                    + " AND del_flag = 0 ORDER BY id LIMIT 1", Long.class, idNoHash(idNo), gridId);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
        }
        List<Long> byName = jdbc.queryForList("SELECT id FROM enforcement_subject WHERE name = ? AND grid_id = ?"
                + " AND del_flag = 0 ORDER BY id LIMIT 1", Long.class, name, gridId);
        if (!byName.isEmpty()) {
            return byName.get(0);
        }
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String id18 = idNo == null || idNo.isBlank() ? null : normaliseIdNo(idNo);
        String tel = phone == null || phone.isBlank() ? null : phone.trim();
        jdbc.update("INSERT INTO enforcement_subject (id, name, subject_type, contact, phone, phone_hash, id_no, id_no_hash,"
                        + " plate, status, tenant_id, grid_id, create_by, create_time, update_by, update_time)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,'NORMAL',?,?,?,?,?,?)",
                id, name, subjectType == null ? "PERSON" : subjectType, contact, cipher.encrypt(tel),
                cipher.hash(tel), cipher.encrypt(id18), cipher.hash(id18), plate, tenantId, gridId, by, now, by, now);
        return id;
    }

    /** B9: the subject's status follows the measures taken (NORMAL, UNDER_CASE, PENALISED, SUSPENDED, REVOKED). */
    public void setStatus(long subjectId, String status, String by) {
        if (!STATUSES.contains(status)) {
            throw BizException.badRequest("执法对象状态不正确：" + status);
        }
        int n = jdbc.update("UPDATE enforcement_subject SET status = ?, version = version + 1, update_by = ?, update_time = ?"
                + " WHERE id = ? AND del_flag = 0", status, by, Timestamp.valueOf(LocalDateTime.now()), subjectId);
        if (n == 0) {
            throw BizException.notFound("执法对象不存在");
        }
    }

    static String normaliseIdNo(String idNo) {
        return idNo == null ? null : idNo.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
