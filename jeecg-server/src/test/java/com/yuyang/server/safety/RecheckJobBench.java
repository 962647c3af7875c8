package com.yuyang.server.safety;

import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.recheck.RecheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bench, not a test (the name matches no surefire pattern; run by bench/recheck.sh): the recheck job over
 * 1,000,000 subject–item pairs of which 1 % fell due since the last run. Target (issue 5): ≤ 10 s per run.
 * MariaDB only (uses the sequence engine to generate the rows). The due pairs fall on items 30001/30005/30009/30013;
 * the responsible inspector (inspector1) holds only 30001, so three quarters of them take the reassignment path (to a
 * second member of grid 101 who holds every item).
 */
class RecheckJobBench extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecheckService rechecks;

    @Test
    void recheck_over_a_million_pairs_with_one_percent_due() {
        long t0 = System.nanoTime();
        jdbc.update("DELETE FROM safety_recheck_assignment WHERE subject_id >= 800000000");
        jdbc.update("DELETE FROM safety_subject_item_state WHERE subject_id >= 800000000");
        jdbc.update("INSERT INTO safety_subject_item_state (id, tenant_id, grid_id, subject_id, item_id, last_result,"
                + " last_checked_at, due_at, assigned_inspector_id, version, del_flag)"
                + " SELECT 900000000000 + seq, 1, 101, 800000000 + seq DIV 16, 30001 + seq MOD 16, 'QUALIFIED',"
                + " NOW() - INTERVAL 10 DAY, CASE WHEN seq MOD 100 = 0 THEN NOW() - INTERVAL 30 SECOND"
                + " ELSE NOW() + INTERVAL 30 DAY END, 2, 0, 0 FROM seq_1_to_1000000");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = 97901", Integer.class) == 0) {
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " SELECT 97901, 1, 'bench_inspector', password_hash, '压测检查员', 10, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 2");
            jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (97901, 101)");
            jdbc.update("INSERT INTO safety_inspector_item (id, user_id, item_id) SELECT 9790100000 + id, 97901, id FROM safety_check_item"
                    + " WHERE id BETWEEN 30001 AND 30016");
        }
        jdbc.update("DELETE FROM safety_job_watermark");
        jdbc.update("INSERT INTO safety_job_watermark (job_name, watermark) VALUES (?, NOW() - INTERVAL 2 MINUTE)", RecheckService.JOB);
        jdbc.execute("ANALYZE TABLE safety_subject_item_state");
        System.out.printf("generated 1,000,000 pairs in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        RecheckService.RunReport first = rechecks.run();
        double firstSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        RecheckService.RunReport second = rechecks.run();
        double secondSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("RECHECK BENCH first run: due=%d assigned=%d (reassigned=%d, unassigned=%d) in %.2f s;"
                        + " second run: due=%d assigned=%d in %.2f s%n", first.due(), first.assigned(), first.reassigned(),
                first.unassigned(), firstSeconds, second.due(), second.assigned(), secondSeconds);
        assertThat(first.assigned()).isGreaterThanOrEqualTo(10_000);
        assertThat(first.reassigned()).isGreaterThanOrEqualTo(7_500);
        assertThat(second.assigned()).isZero();
    }
}
