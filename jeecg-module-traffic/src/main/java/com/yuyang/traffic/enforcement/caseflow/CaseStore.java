package com.yuyang.traffic.enforcement.caseflow;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.traffic.enforcement.caseflow.api.CaseActionView;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.route.RouteStage;
import com.yuyang.traffic.enforcement.route.RouteStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of the engine's tables. Every state change of a case first wins the case row with a conditional update
 * on its version ({@link #claim}); the later writes of the same action run under that row lock.
 */
@Component
class CaseStore {

    private static final String CASE_COLUMNS = "id, tenant_id, case_no, public_code, category_id, subject_id, route_id,"
            + " grid_id, dept_id, source, content, plate, media, status, current_stage, current_seq, current_stage_id,"
            + " stage_deadline, paused, assignee_id, reporter_id, create_time, closed_time, version";
    private static final String ENTRY_COLUMNS = "id, case_id, entry_no, seq, stage_code, stage_name, role_codes, state,"
            + " entered_time, deadline, paused_at, paused_millis, finished_time, finished_by, overdue_warned";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final OpenCaseCounter counter;

    CaseStore(JdbcTemplate jdbc, ObjectMapper json, OpenCaseCounter counter) {
        this.jdbc = jdbc;
        this.json = json;
        this.counter = counter;
    }

    record NewCase(long id, long tenantId, String caseNo, String publicCode, long categoryId, Long subjectId,
                   long routeId, long gridId, Long deptId, String source, String sourceName, String sourceRef,
                   String content, String plate, String driverIdEnc, String driverIdHash, List<Long> media,
                   StageCode firstStage, Long reporterId, String by) {
    }

    void insert(NewCase c) {
        Timestamp now = now();
        jdbc.update("INSERT INTO enforcement_case (id, tenant_id, case_no, public_code, category_id, subject_id, route_id,"
                        + " grid_id, dept_id, source, source_name, source_ref, content, plate, driver_id_enc, driver_id_hash,"
                        + " media, status, current_seq, current_stage, reporter_id, create_by, create_time, update_by,"
                        + " update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'OPEN',1,?,?,?,?,?,?)",
                c.id(), c.tenantId(), c.caseNo(), c.publicCode(), c.categoryId(), c.subjectId(), c.routeId(), c.gridId(),
                c.deptId(), c.source(), c.sourceName(), c.sourceRef(), c.content(), c.plate(), c.driverIdEnc(),
                c.driverIdHash(), Media.join(c.media()), c.firstStage().name(), c.reporterId(), c.by(), now, c.by(), now);
        counter.inserted(c.id());
    }

    Optional<CaseRecord> find(long id) {
        return one(jdbc.query("SELECT " + CASE_COLUMNS + " FROM enforcement_case WHERE id = ? AND del_flag = 0",
                this::caseRow, id));
    }

    /** Reads and locks the case row (system transitions: no stale snapshot, no lost race). */
    Optional<CaseRecord> findForUpdate(long id) {
        return one(jdbc.query("SELECT " + CASE_COLUMNS + " FROM enforcement_case WHERE id = ? AND del_flag = 0 FOR UPDATE",
                this::caseRow, id));
    }

    Optional<CaseRecord> findByPublicCode(String code) {
        return one(jdbc.query("SELECT " + CASE_COLUMNS + " FROM enforcement_case WHERE public_code = ? AND del_flag = 0",
                this::caseRow, code));
    }

    Optional<Long> findBySource(String sourceName, String sourceRef) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM enforcement_case WHERE source_name = ? AND source_ref = ?",
                Long.class, sourceName, sourceRef);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** Wins the case for one action: false when another action changed it since {@code version} was read. */
    boolean claim(long id, int version, String by) {
        return jdbc.update("UPDATE enforcement_case SET version = version + 1, update_by = ?, update_time = ?"
                + " WHERE id = ? AND version = ? AND status = 'OPEN' AND del_flag = 0", by, now(), id, version) == 1;
    }

    long insertEntry(CaseRecord c, int entryNo, RouteStage stage, LocalDateTime entered, LocalDateTime deadline) {
        long id = IdWorker.getId();
        jdbc.update("INSERT INTO enforcement_case_stage (id, tenant_id, case_id, entry_no, seq, stage_code, stage_name,"
                        + " role_codes, grid_id, state, entered_time, deadline) VALUES (?,?,?,?,?,?,?,?,?,'ACTIVE',?,?)",
                id, c.tenantId(), c.id(), entryNo, stage.seq(), stage.stageCode().name(), stage.stageName(),
                String.join(",", stage.roleCodes()), c.gridId(), Timestamp.valueOf(entered), ts(deadline));
        return id;
    }

    int nextEntryNo(long caseId) {
        Integer n = jdbc.queryForObject("SELECT COALESCE(MAX(entry_no), 0) + 1 FROM enforcement_case_stage WHERE case_id = ?",
                Integer.class, caseId);
        return n == null ? 1 : n;
    }

    void setCurrent(long caseId, long entryId, int seq, StageCode stage, LocalDateTime deadline) {
        counter.around(caseId, () -> jdbc.update("UPDATE enforcement_case SET current_stage_id = ?, current_seq = ?,"
                + " current_stage = ?, stage_deadline = ?, paused = 0 WHERE id = ?", entryId, seq, stage.name(), ts(deadline), caseId));
    }

    void finishEntry(long entryId, Long by, LocalDateTime at) {
        // a stage left while paused counts its pause up to now
        jdbc.update("UPDATE enforcement_case_stage SET state = 'DONE', finished_time = ?, finished_by = ?, paused_at = NULL"
                + " WHERE id = ? AND state = 'ACTIVE'", Timestamp.valueOf(at), by, entryId);
    }

    void close(long caseId, LocalDateTime at) {
        counter.around(caseId, () -> jdbc.update("UPDATE enforcement_case SET status = 'CLOSED', closed_time = ?,"
                + " stage_deadline = NULL, paused = 0 WHERE id = ?", Timestamp.valueOf(at), caseId));
    }

    void setAssignee(long caseId, long userId) {
        counter.around(caseId, () -> jdbc.update("UPDATE enforcement_case SET assignee_id = ? WHERE id = ?", userId, caseId));
    }

    void pause(long caseId, long entryId, LocalDateTime at) {
        jdbc.update("UPDATE enforcement_case_stage SET paused_at = ? WHERE id = ?", Timestamp.valueOf(at), entryId);
        jdbc.update("UPDATE enforcement_case SET paused = 1 WHERE id = ?", caseId);
    }

    /** Ends a pause: the deadline moves by the paused time. */
    void resume(long caseId, StageEntry entry, LocalDateTime at) {
        long millis = java.time.Duration.between(entry.pausedAt(), at).toMillis();
        LocalDateTime deadline = entry.deadline() == null ? null : entry.deadline().plusNanos(millis * 1_000_000L);
        jdbc.update("UPDATE enforcement_case_stage SET paused_at = NULL, paused_millis = paused_millis + ?, deadline = ?"
                + " WHERE id = ?", millis, ts(deadline), entry.id());
        jdbc.update("UPDATE enforcement_case SET paused = 0, stage_deadline = ? WHERE id = ?", ts(deadline), caseId);
    }

    Optional<StageEntry> entry(long entryId) {
        return one(jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM enforcement_case_stage WHERE id = ?", this::entryRow, entryId));
    }

    List<StageEntry> entries(long caseId) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM enforcement_case_stage WHERE case_id = ? ORDER BY entry_no",
                this::entryRow, caseId);
    }

    void insertAction(long caseId, Long entryId, StageCode stage, String action, Long actorId, String actorName,
                      String opinion, String note, List<Long> media, boolean publicFlag, Map<String, Object> detail) {
        jdbc.update("INSERT INTO enforcement_case_action (id, case_id, stage_entry_id, stage_code, action, actor_id, actor_name,"
                        + " opinion, internal_note, media, public_flag, detail, create_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                IdWorker.getId(), caseId, entryId, stage == null ? null : stage.name(), action, actorId, actorName, opinion,
                note, Media.join(media), publicFlag ? 1 : 0, detail == null || detail.isEmpty() ? null : write(detail), now());
    }

    List<CaseActionView> actions(long caseId) {
        return jdbc.query("SELECT id, stage_entry_id, stage_code, action, actor_id, actor_name, opinion, internal_note, media,"
                + " public_flag, detail, create_time FROM enforcement_case_action WHERE case_id = ? ORDER BY create_time, id",
                (rs, i) -> new CaseActionView(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getString(3) == null ? null : StageCode.valueOf(rs.getString(3)), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        Media.split(rs.getString(9)), rs.getInt(10) == 1, read(rs.getString(11)),
                        rs.getTimestamp(12).toLocalDateTime()), caseId);
    }

    void insertVerification(long caseId, long entryId, String cause, String enterpriseOpinion, String correction,
                            String process, List<Long> media, long verifierId) {
        jdbc.update("INSERT INTO enforcement_case_verification (id, case_id, stage_entry_id, cause, enterprise_opinion,"
                        + " correction, process, media, verifier_id, create_time) VALUES (?,?,?,?,?,?,?,?,?,?)",
                IdWorker.getId(), caseId, entryId, cause, enterpriseOpinion, correction, process, Media.join(media),
                verifierId, now());
    }

    List<Map<String, Object>> verifications(long caseId) {
        return jdbc.query("SELECT id, stage_entry_id, cause, enterprise_opinion, correction, process, media, verifier_id,"
                + " create_time FROM enforcement_case_verification WHERE case_id = ? ORDER BY create_time, id", (rs, i) -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", rs.getLong(1));
            m.put("stageEntryId", rs.getLong(2));
            m.put("cause", rs.getString(3));
            m.put("enterpriseOpinion", rs.getString(4));
            m.put("correction", rs.getString(5));
            m.put("process", rs.getString(6));
            m.put("media", Media.split(rs.getString(7)));
            m.put("verifierId", rs.getLong(8));
            m.put("createTime", rs.getTimestamp(9).toLocalDateTime());
            return m;
        }, caseId);
    }

    private CaseRecord caseRow(ResultSet rs, int i) throws SQLException {
        return new CaseRecord(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("case_no"),
                rs.getString("public_code"), rs.getLong("category_id"), (Long) rs.getObject("subject_id", Long.class),
                rs.getLong("route_id"), rs.getLong("grid_id"), (Long) rs.getObject("dept_id", Long.class),
                rs.getString("source"), rs.getString("content"), rs.getString("plate"), Media.split(rs.getString("media")),
                rs.getString("status"), StageCode.valueOf(rs.getString("current_stage")), rs.getInt("current_seq"),
                (Long) rs.getObject("current_stage_id", Long.class), time(rs.getTimestamp("stage_deadline")),
                rs.getInt("paused") == 1, (Long) rs.getObject("assignee_id", Long.class),
                (Long) rs.getObject("reporter_id", Long.class), time(rs.getTimestamp("create_time")),
                time(rs.getTimestamp("closed_time")), rs.getInt("version"));
    }

    private StageEntry entryRow(ResultSet rs, int i) throws SQLException {
        return new StageEntry(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("entry_no"), rs.getInt("seq"),
                StageCode.valueOf(rs.getString("stage_code")), rs.getString("stage_name"),
                RouteStore.roles(rs.getString("role_codes")), rs.getString("state"), time(rs.getTimestamp("entered_time")),
                time(rs.getTimestamp("deadline")), time(rs.getTimestamp("paused_at")), rs.getLong("paused_millis"),
                time(rs.getTimestamp("finished_time")), (Long) rs.getObject("finished_by", Long.class),
                rs.getInt("overdue_warned") == 1);
    }

    private String write(Map<String, Object> detail) {
        try {
            String s = json.writeValueAsString(detail);
            if (s.length() > 4000) {
                throw new IllegalStateException("action detail longer than 4000 characters");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String s) {
        if (s == null) {
            return Map.of();
        }
        try {
            return json.readValue(s, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static <T> Optional<T> one(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

}
