package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A3 automatic recheck: pairs whose due instant passed since the last run are assigned to the responsible
 * inspector (the one who last checked the pair). Incremental: only due instants in (watermark − lookback, now]
 * are read, through the due_at index; idempotent: an assignment is unique per (subject, item, due instant), so
 * overlapping windows or a rerun after a crash add nothing twice.
 * When the responsible inspector no longer qualifies (no longer covers the grid, lost the item, disabled, or
 * left the subject's unit) the pair goes to another eligible inspector of the grid and unit who holds the item
 * ({@link RecheckEligibility}; the pair's responsible inspector changes with it), or is stored UNASSIGNED with
 * the reason for the unit to dispatch — never dropped.
 */
@Service
public class RecheckService {

    public static final String JOB = "safetyRecheck";
    /** Re-reads a little before the watermark so that rows committed late by a slow transaction are not lost. */
    static final Duration LOOKBACK = Duration.ofMinutes(5);
    private static final int PAGE = 5000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final RecheckEligibility eligibility;

    public RecheckService(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events,
                          RecheckEligibility eligibility) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.eligibility = eligibility;
    }

    /** assigned includes reassigned (given to someone other than the responsible inspector). */
    public record RunReport(int due, int assigned, int unassigned, int reassigned, LocalDateTime from, LocalDateTime to) {
    }

    private record Pair(long stateId, long tenantId, long gridId, long subjectId, long itemId, LocalDateTime dueAt, Long inspectorId) {
        String key() {
            return subjectId + ":" + itemId + ":" + Timestamp.valueOf(dueAt).getTime();
        }
    }

    public RunReport run() {
        return run(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public RunReport run(LocalDateTime now) {
        LocalDateTime watermark = watermark();
        LocalDateTime from = watermark == null ? LocalDateTime.of(1970, 1, 2, 0, 0) : watermark.minus(LOOKBACK);
        Set<String> existing = existingKeys(from, now);
        int due = 0;
        int assigned = 0;
        int unassigned = 0;
        int reassigned = 0;
        Map<Long, List<RecheckDueEvent.Due>> reminders = new LinkedHashMap<>();
        RecheckEligibility.Run who = eligibility.newRun();
        LocalDateTime cursorDue = from;
        long cursorId = -1;
        while (true) {
            List<Object[]> page = page(cursorDue, cursorId, now);
            if (page.isEmpty()) {
                break;
            }
            List<Pair> fresh = new ArrayList<>();
            for (Object[] row : page) {
                Pair p = (Pair) row[1];
                due++;
                if (existing.add(p.key())) {
                    fresh.add(p);
                }
            }
            who.prepare(fresh.stream().map(Pair::gridId).toList(), fresh.stream().map(Pair::subjectId).toList());
            List<RecheckEligibility.Decision> decisions = fresh.stream()
                    .map(p -> who.decide(p.gridId(), p.subjectId(), p.itemId(), p.inspectorId())).toList();
            List<long[]> ids = insert(fresh, decisions);
            for (int i = 0; i < fresh.size(); i++) {
                Pair p = fresh.get(i);
                RecheckEligibility.Decision d = decisions.get(i);
                if (d.inspectorId() == null) {
                    unassigned++;
                } else {
                    assigned++;
                    if (d.note() != null) {
                        reassigned++;
                    }
                    reminders.computeIfAbsent(d.inspectorId(), k -> new ArrayList<>())
                            .add(new RecheckDueEvent.Due(ids.get(i)[0], p.subjectId(), p.itemId(), p.dueAt()));
                }
            }
            Object[] last = page.get(page.size() - 1);
            cursorDue = ((Pair) last[1]).dueAt();
            cursorId = (Long) last[0];
            if (page.size() < PAGE) {
                break;
            }
        }
        saveWatermark(now);
        reminders.forEach((inspector, list) -> events.publishEvent(new RecheckDueEvent(inspector, List.copyOf(list))));
        return new RunReport(due, assigned, unassigned, reassigned, from, now);
    }

    private LocalDateTime watermark() {
        List<Timestamp> w = jdbc.queryForList("SELECT watermark FROM safety_job_watermark WHERE job_name = :j",
                new MapSqlParameterSource("j", JOB), Timestamp.class);
        return w.isEmpty() ? null : w.get(0).toLocalDateTime();
    }

    private void saveWatermark(LocalDateTime now) {
        MapSqlParameterSource p = new MapSqlParameterSource("j", JOB).addValue("w", Timestamp.valueOf(now))
                .addValue("t", Timestamp.valueOf(LocalDateTime.now()));
        if (jdbc.update("UPDATE safety_job_watermark SET watermark = :w, update_time = :t WHERE job_name = :j", p) == 0) {
            jdbc.update("INSERT INTO safety_job_watermark (job_name, watermark, update_time) VALUES (:j, :w, :t)", p);
        }
    }

    private Set<String> existingKeys(LocalDateTime from, LocalDateTime now) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT subject_id, item_id, due_at FROM safety_recheck_assignment WHERE due_at > :f AND due_at <= :t",
                new MapSqlParameterSource("f", Timestamp.valueOf(from)).addValue("t", Timestamp.valueOf(now)),
                rs -> {
                    keys.add(rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getTimestamp(3).getTime());
                });
        return keys;
    }

    /** Due pairs after the (due_at, id) cursor, in index order; row = {state id, pair}. */
    private List<Object[]> page(LocalDateTime afterDue, long afterId, LocalDateTime now) {
        MapSqlParameterSource p = new MapSqlParameterSource("d", Timestamp.valueOf(afterDue)).addValue("i", afterId)
                .addValue("t", Timestamp.valueOf(now)).addValue("n", PAGE);
        return jdbc.query("SELECT id, tenant_id, grid_id, subject_id, item_id, due_at, assigned_inspector_id"
                        + " FROM safety_subject_item_state WHERE del_flag = 0 AND due_at <= :t"
                        + " AND (due_at > :d OR (due_at = :d AND id > :i))"
                        + " AND last_result IN ('QUALIFIED', 'UNQUALIFIED') ORDER BY due_at, id LIMIT :n", p,
                (rs, n) -> new Object[] {rs.getLong(1), new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getTimestamp(6).toLocalDateTime(),
                        rs.getObject(7) == null ? null : rs.getLong(7))});
    }

    /**
     * Inserts one page in a single transaction (IGNORE: a concurrent manual run may have added a row); ids in order.
     * A reassigned pair's responsible inspector moves to the new one in the same transaction, only if it is still
     * the old one for that due instant (a newer inspection wins).
     */
    private List<long[]> insert(List<Pair> fresh, List<RecheckEligibility.Decision> decisions) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<long[]> ids = new ArrayList<>();
        SqlParameterSource[] batch = new SqlParameterSource[fresh.size()];
        // reassigned pairs grouped by (new, old) inspector: one set-based UPDATE per group, not one per pair
        Map<List<Long>, List<Pair>> moves = new LinkedHashMap<>();
        Timestamp created = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < fresh.size(); i++) {
            Pair p = fresh.get(i);
            RecheckEligibility.Decision d = decisions.get(i);
            long id = IdWorker.getId();
            ids.add(new long[] {id});
            batch[i] = new MapSqlParameterSource("id", id).addValue("tn", p.tenantId()).addValue("g", p.gridId())
                    .addValue("s", p.subjectId()).addValue("it", p.itemId()).addValue("d", Timestamp.valueOf(p.dueAt()))
                    .addValue("u", d.inspectorId(), java.sql.Types.BIGINT)
                    .addValue("st", d.inspectorId() == null ? "UNASSIGNED" : "OPEN")
                    .addValue("rf", d.reassignedFrom(), java.sql.Types.BIGINT).addValue("nt", d.note(), java.sql.Types.VARCHAR)
                    .addValue("c", created);
            if (d.inspectorId() != null && d.note() != null) {
                moves.computeIfAbsent(List.of(d.inspectorId(), d.reassignedFrom() == null ? 0L : d.reassignedFrom()),
                        k -> new ArrayList<>()).add(p);
            }
        }
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("INSERT IGNORE INTO safety_recheck_assignment (id, tenant_id, grid_id, subject_id, item_id,"
                    + " due_at, inspector_id, status, reassigned_from, note, version, del_flag, create_by, create_time)"
                    + " VALUES (:id, :tn, :g, :s, :it, :d, :u, :st, :rf, :nt, 0, 0, 'recheck-job', :c)", batch);
            moves.forEach((who, pairs) -> {
                // (id, due_at): the state row still due at this instant, i.e. not re-inspected meanwhile
                List<Object[]> rows = pairs.stream().map(p -> new Object[] {p.stateId(), Timestamp.valueOf(p.dueAt())}).toList();
                jdbc.update("UPDATE safety_subject_item_state SET assigned_inspector_id = :n, version = version + 1"
                        + " WHERE id IN (:ids) AND (id, due_at) IN (:rows) AND COALESCE(assigned_inspector_id, 0) = :o",
                        new MapSqlParameterSource("n", who.get(0)).addValue("o", who.get(1)).addValue("rows", rows)
                                .addValue("ids", pairs.stream().map(Pair::stateId).toList()));
            });
        });
        return ids;
    }
}
