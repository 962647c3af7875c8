package com.yuyang.traffic.safety.review;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Rows of safety_review_submission; decisions are conditional updates on (PENDING, version). */
@Component
class ReviewStore {

    private static final String SELECT = "SELECT r.id, r.grid_id, r.subject_id, s.name AS subject_name, r.kind, r.target_id,"
            + " r.payload, r.status, r.reason, r.submitted_by, r.reviewed_by, r.reviewed_time, r.applied_id, r.version,"
            + " r.create_time FROM safety_review_submission r JOIN safety_subject s ON s.id = r.subject_id WHERE r.del_flag = 0";

    private final NamedParameterJdbcTemplate jdbc;

    ReviewStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** DuplicateKeyException when the same record already has a pending change. */
    long insert(long tenantId, long gridId, long subjectId, String kind, Long targetId, String pendingKey, String payload,
                long userId, String by) {
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_review_submission (id, tenant_id, grid_id, subject_id, kind, target_id, pending_key,"
                        + " payload, status, submitted_by, create_by, create_time, update_by, update_time)"
                        + " VALUES (:id, :tn, :g, :s, :k, :tg, :pk, :p, 'PENDING', :u, :by, :t, :by, :t)",
                new MapSqlParameterSource("id", id).addValue("tn", tenantId).addValue("g", gridId).addValue("s", subjectId)
                        .addValue("k", kind).addValue("tg", targetId).addValue("pk", pendingKey).addValue("p", payload)
                        .addValue("u", userId).addValue("by", by).addValue("t", now));
        return id;
    }

    Map<String, Object> find(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList(SELECT + " AND r.id = :id", new MapSqlParameterSource("id", id));
        return rows.isEmpty() ? null : Rows.camel(rows.get(0));
    }

    /** PENDING → status; false when someone decided first. */
    boolean decide(long id, int version, String status, String reason, long reviewer, String by) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return jdbc.update("UPDATE safety_review_submission SET status = :st, reason = :r, pending_key = NULL, reviewed_by = :u,"
                        + " reviewed_time = :t, version = version + 1, update_by = :by, update_time = :t"
                        + " WHERE id = :id AND status = 'PENDING' AND version = :v",
                new MapSqlParameterSource("st", status).addValue("r", reason).addValue("u", reviewer).addValue("t", now)
                        .addValue("by", by).addValue("id", id).addValue("v", version)) == 1;
    }

    void applied(long id, long appliedId) {
        jdbc.update("UPDATE safety_review_submission SET applied_id = :a WHERE id = :id",
                new MapSqlParameterSource("a", appliedId).addValue("id", id));
    }

    List<Map<String, Object>> list(Long subjectId, Collection<Long> grids, String status, String kind) {
        StringBuilder sql = new StringBuilder(SELECT);
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (subjectId != null) {
            sql.append(" AND r.subject_id = :s");
            p.addValue("s", subjectId);
        }
        if (grids != null) {
            if (grids.isEmpty()) {
                return List.of();
            }
            sql.append(" AND r.grid_id IN (:grids)");
            p.addValue("grids", grids);
        }
        if (status != null) {
            sql.append(" AND r.status = :st");
            p.addValue("st", status);
        }
        if (kind != null) {
            sql.append(" AND r.kind = :k");
            p.addValue("k", kind);
        }
        sql.append(" ORDER BY r.create_time DESC, r.id DESC LIMIT 500");
        return Rows.camel(jdbc.queryForList(sql.toString(), p));
    }
}
