package com.yuyang.traffic.enforcement.caseflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps {@code enforcement_open_case_count} (open cases per assignee, grid and current stage; V4_2_3) exact: every
 * write of {@link CaseStore} that can change a case's assignee, stage or status runs through {@link #around}, which
 * reads the case's counted key before and after the write — under the case row lock the action already holds — and
 * moves one count from the old key to the new one in the same transaction. The two counter rows are updated in key
 * order, so two transactions moving cases of one enforcer between the same stages in opposite directions queue
 * instead of deadlocking. The "my cases" list (app package) sums these rows instead of counting index entries.
 */
@Component
class OpenCaseCounter {

    private static final Logger log = LoggerFactory.getLogger(OpenCaseCounter.class);
    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::assigneeId)
            .thenComparingLong(Key::gridId).thenComparing(Key::stage);

    private final JdbcTemplate jdbc;

    OpenCaseCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a case is counted: only an open, not deleted case with an assignee counts. */
    record Key(long assigneeId, long gridId, String stage) {
    }

    /** A write of an existing case (its row is locked by the action's claim). */
    void around(long caseId, Runnable write) {
        Optional<Key> before = key(caseId);
        write.run();
        move(before, key(caseId));
    }

    /** A case just inserted (no locking read before the insert: that would gap-lock concurrent intakes). */
    void inserted(long caseId) {
        move(Optional.empty(), key(caseId));
    }

    private void move(Optional<Key> before, Optional<Key> after) {
        if (before.equals(after)) {
            return;
        }
        Stream.concat(before.map(k -> new Delta(k, -1)).stream(), after.map(k -> new Delta(k, 1)).stream())
                .sorted(Comparator.comparing(Delta::key, ORDER))
                .forEach(this::apply);
    }

    private record Delta(Key key, int by) {
    }

    private void apply(Delta d) {
        Key k = d.key();
        if (d.by() > 0) {
            jdbc.update("INSERT INTO enforcement_open_case_count (assignee_id, grid_id, current_stage, open_count)"
                    + " VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE open_count = open_count + 1",
                    k.assigneeId(), k.gridId(), k.stage());
        } else if (jdbc.update("UPDATE enforcement_open_case_count SET open_count = open_count - 1 WHERE assignee_id = ?"
                + " AND grid_id = ? AND current_stage = ? AND open_count > 0", k.assigneeId(), k.gridId(), k.stage()) != 1) {
            // a counted case always has its counter row: a miss means cases were written around the engine (a bulk
            // load without the recount of V4_2_3); count this key afresh instead of failing the user's action
            recount(k);
        }
    }

    private void recount(Key k) {
        log.warn("enforcement_open_case_count out of step for {}: recounted", k);
        jdbc.update("DELETE FROM enforcement_open_case_count WHERE assignee_id = ? AND grid_id = ? AND current_stage = ?",
                k.assigneeId(), k.gridId(), k.stage());
        jdbc.update("INSERT INTO enforcement_open_case_count (assignee_id, grid_id, current_stage, open_count)"
                + " SELECT ?, ?, ?, COUNT(*) FROM enforcement_case WHERE assignee_id = ? AND grid_id = ? AND current_stage = ?"
                + " AND status = 'OPEN' AND del_flag = 0", k.assigneeId(), k.gridId(), k.stage(),
                k.assigneeId(), k.gridId(), k.stage());
    }

    private Optional<Key> key(long caseId) {
        // a locking read: the current row version, whatever this transaction's snapshot is
        List<Key> keys = jdbc.query("SELECT assignee_id, grid_id, current_stage FROM enforcement_case WHERE id = ?"
                        + " AND assignee_id IS NOT NULL AND status = 'OPEN' AND del_flag = 0 FOR UPDATE",
                (rs, i) -> new Key(rs.getLong(1), rs.getLong(2), rs.getString(3)), caseId);
        return keys.stream().findFirst();
    }
}
