package com.yuyang.traffic.safety.measure;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of safety_measure and its append-only steps. A transition is one conditional UPDATE on (state, version):
 * of concurrent actions on a case exactly one changes the row, the others see 0 rows (→ 409).
 */
@Component
class MeasureStore {

    private final NamedParameterJdbcTemplate jdbc;

    MeasureStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Inspection(long id, long tenantId, long gridId, long subjectId, long inspectorId, LocalDateTime checkedAt) {
    }

    record Row(long id, long gridId, long subjectId, long inspectionId, long inspectorId, List<Long> itemIds,
               String state, boolean terminal, int version) {
    }

    record ItemRange(long id, String name, BigDecimal min, BigDecimal max) {
    }

    Inspection inspection(long id) {
        List<Inspection> rows = jdbc.query("SELECT id, tenant_id, grid_id, subject_id, inspector_id, checked_at"
                        + " FROM safety_inspection WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", id),
                (rs, n) -> new Inspection(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getTimestamp(6).toLocalDateTime()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<Long> unqualifiedItems(long inspectionId) {
        return jdbc.queryForList("SELECT item_id FROM safety_inspection_result WHERE inspection_id = :i"
                + " AND result = 'UNQUALIFIED' AND del_flag = 0 ORDER BY item_id", new MapSqlParameterSource("i", inspectionId), Long.class);
    }

    Map<Long, ItemRange> items(List<Long> ids) {
        Map<Long, ItemRange> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT id, name, penalty_min, penalty_max FROM safety_check_item WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    out.put(rs.getLong(1), new ItemRange(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return out;
    }

    /** DuplicateKeyException when the inspection already has a running case. */
    long insert(Inspection insp, List<Long> items, String state, long actorId, String by) {
        long id = IdWorker.getId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO safety_measure (id, tenant_id, grid_id, subject_id, inspection_id, open_inspection_id,"
                        + " inspector_id, checked_at, item_ids, state, terminal, last_actor_id, last_action_time, create_by,"
                        + " create_time, update_by, update_time) VALUES (:id, :tn, :g, :s, :i, :i, :ins, :ca, :items, :st, 0,"
                        + " :actor, :t, :by, :t, :by, :t)",
                new MapSqlParameterSource("id", id).addValue("tn", insp.tenantId()).addValue("g", insp.gridId())
                        .addValue("s", insp.subjectId()).addValue("i", insp.id()).addValue("ins", insp.inspectorId())
                        .addValue("ca", Timestamp.valueOf(insp.checkedAt())).addValue("items", join(items))
                        .addValue("st", state).addValue("actor", actorId).addValue("by", by).addValue("t", now));
        return id;
    }

    Row find(long id) {
        List<Row> rows = jdbc.query("SELECT id, grid_id, subject_id, inspection_id, inspector_id, item_ids, state, terminal,"
                        + " version FROM safety_measure WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", id),
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        split(rs.getString(6)), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Moves the case from → to if nobody moved it first; penalty amounts add up, the out-of-range flag sticks. */
    boolean move(Row r, String to, boolean terminal, BigDecimal amount, boolean outOfRange, long actorId, String by) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return jdbc.update("UPDATE safety_measure SET state = :to, terminal = :term,"
                        + " open_inspection_id = CASE WHEN :term = 1 THEN NULL ELSE open_inspection_id END,"
                        + " penalty_total = CASE WHEN :amt IS NULL THEN penalty_total ELSE COALESCE(penalty_total, 0) + :amt END,"
                        + " out_of_range = CASE WHEN :oor = 1 THEN 1 ELSE out_of_range END, last_actor_id = :actor,"
                        + " last_action_time = :t, version = version + 1, update_by = :by, update_time = :t"
                        + " WHERE id = :id AND state = :from AND version = :v AND del_flag = 0",
                new MapSqlParameterSource("to", to).addValue("term", terminal ? 1 : 0).addValue("amt", amount, java.sql.Types.DECIMAL)
                        .addValue("oor", outOfRange ? 1 : 0).addValue("actor", actorId).addValue("t", now).addValue("by", by)
                        .addValue("id", r.id()).addValue("from", r.state()).addValue("v", r.version())) == 1;
    }

    int step(long measureId, String from, String to, long actorId, String actorName, String note, String penalties,
             BigDecimal amount, boolean outOfRange) {
        Integer seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM safety_measure_step WHERE measure_id = :m",
                new MapSqlParameterSource("m", measureId), Integer.class);
        jdbc.update("INSERT INTO safety_measure_step (id, measure_id, seq, from_state, to_state, actor_id, actor_name, note,"
                        + " penalties, amount, out_of_range, create_time) VALUES (:id, :m, :seq, :f, :to, :a, :an, :n, :p, :amt, :oor, :t)",
                new MapSqlParameterSource("id", IdWorker.getId()).addValue("m", measureId).addValue("seq", seq)
                        .addValue("f", from).addValue("to", to).addValue("a", actorId).addValue("an", actorName)
                        .addValue("n", note).addValue("p", penalties).addValue("amt", amount, java.sql.Types.DECIMAL).addValue("oor", outOfRange ? 1 : 0)
                        .addValue("t", Timestamp.valueOf(LocalDateTime.now())));
        return seq;
    }

    /**
     * The current states of all the subject's cases, as a locking read: it sees the latest committed states, not the
     * transaction's snapshot (taken before the subject lock was granted). Call it holding {@code lockForStatus}.
     */
    List<String> caseStatesLocked(long subjectId) {
        return jdbc.queryForList("SELECT state FROM safety_measure WHERE subject_id = :s AND del_flag = 0 FOR UPDATE",
                new MapSqlParameterSource("s", subjectId), String.class);
    }

    static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
