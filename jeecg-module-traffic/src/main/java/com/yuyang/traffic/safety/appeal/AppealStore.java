package com.yuyang.traffic.safety.appeal;

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

/**
 * Rows of safety_appeal. Statements run on JDBC (outside the grid interceptor): callers pass the grid scope
 * explicitly. Answering is a conditional update on (status, version), so of two answers exactly one lands.
 */
@Component
class AppealStore {

    private static final String COLUMNS = "a.id, a.grid_id, a.subject_id, s.name AS subject_name, a.inspection_id,"
            + " i.inspector_id, i.checked_at, a.appellant_id, a.content, a.files, a.status, a.answer, a.answer_files,"
            + " a.answered_by, a.answered_time, a.version, a.create_time";
    private static final String FROM = " FROM safety_appeal a JOIN safety_inspection i ON i.id = a.inspection_id"
            + " JOIN safety_subject s ON s.id = a.subject_id WHERE a.del_flag = 0";

    private final NamedParameterJdbcTemplate jdbc;

    AppealStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Inspection(long id, long subjectId, long gridId, long tenantId, long inspectorId) {
    }

    Inspection inspection(long id) {
        List<Inspection> rows = jdbc.query("SELECT id, subject_id, grid_id, tenant_id, inspector_id FROM safety_inspection"
                        + " WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", id),
                (rs, n) -> new Inspection(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Inserts an OPEN appeal; DuplicateKeyException when the record already has an open one. */
    long insert(Inspection insp, long appellantId, String content, String files, String by) {
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_appeal (id, tenant_id, grid_id, subject_id, inspection_id, open_inspection_id,"
                        + " appellant_id, content, files, status, create_by, create_time, update_by, update_time)"
                        + " VALUES (:id, :tn, :g, :s, :i, :i, :u, :c, :f, 'OPEN', :by, :t, :by, :t)",
                new MapSqlParameterSource("id", id).addValue("tn", insp.tenantId()).addValue("g", insp.gridId())
                        .addValue("s", insp.subjectId()).addValue("i", insp.id()).addValue("u", appellantId)
                        .addValue("c", content).addValue("f", files).addValue("by", by).addValue("t", now));
        return id;
    }

    Map<String, Object> find(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + COLUMNS + FROM + " AND a.id = :id",
                new MapSqlParameterSource("id", id));
        return rows.isEmpty() ? null : Rows.camel(rows.get(0));
    }

    boolean answer(long id, int version, long by, String username, String content, String files) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return jdbc.update("UPDATE safety_appeal SET status = 'ANSWERED', open_inspection_id = NULL, answer = :c,"
                        + " answer_files = :f, answered_by = :u, answered_time = :t, version = version + 1, update_by = :by,"
                        + " update_time = :t WHERE id = :id AND status = 'OPEN' AND version = :v",
                new MapSqlParameterSource("c", content).addValue("f", files).addValue("u", by).addValue("t", now)
                        .addValue("by", username).addValue("id", id).addValue("v", version)) == 1;
    }

    /** Appeals of one subject (enterprise view) or within grids (null = every grid), newest first. */
    List<Map<String, Object>> list(Long subjectId, Collection<Long> grids, String status, Long inspectionId) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM);
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (subjectId != null) {
            sql.append(" AND a.subject_id = :s");
            p.addValue("s", subjectId);
        }
        if (grids != null) {
            if (grids.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.grid_id IN (:grids)");
            p.addValue("grids", grids);
        }
        if (status != null) {
            sql.append(" AND a.status = :st");
            p.addValue("st", status);
        }
        if (inspectionId != null) {
            sql.append(" AND a.inspection_id = :i");
            p.addValue("i", inspectionId);
        }
        sql.append(" ORDER BY a.create_time DESC, a.id DESC LIMIT 500");
        return Rows.camel(jdbc.queryForList(sql.toString(), p));
    }
}
