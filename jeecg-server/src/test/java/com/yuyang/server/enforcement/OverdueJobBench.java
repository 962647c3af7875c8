package com.yuyang.server.enforcement;

import com.yuyang.server.support.IntegrationTest;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.traffic.enforcement.overdue.OverdueJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bench, not a test (the name matches no surefire pattern; run by bench/enforcement-overdue.sh): the overdue job
 * over 100,000 open cases spread over the three demo routes, each with two finished stage entries and one active
 * one. 1 % (BENCH_OVERDUE_PERMILLE) of the active stages ran over since the last run (to be warned), 5 % ran over earlier (already
 * warned), the rest are within their limit; half of the cases have an assignee. Target (issue 6): ≤ 5 s per run.
 * MariaDB only (uses the sequence engine to generate the rows).
 */
class OverdueJobBench extends IntegrationTest {

    static final long CASE_BASE = 9_400_000_000_000L;
    static final long ENTRY_BASE = 9_410_000_000_000L;
    static final int CASES = Integer.parseInt(System.getenv().getOrDefault("BENCH_CASES", "100000"));
    /** Newly overdue stages per 1,000 open cases (default 10 = 1 %). */
    static final int PERMILLE = Integer.parseInt(System.getenv().getOrDefault("BENCH_OVERDUE_PERMILLE", "10"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverdueJob job;
    @Autowired
    MessageSender sender;

    @Test
    void overdue_job_over_100k_open_cases() {
        long t0 = System.nanoTime();
        jdbc.update("DELETE FROM enforcement_case_stage WHERE id >= ?", ENTRY_BASE);
        jdbc.update("DELETE FROM enforcement_case WHERE id >= ?", CASE_BASE);
        jdbc.update("DELETE FROM msg_recipient WHERE message_id IN (SELECT id FROM msg_message WHERE category = 'CASE_OVERDUE')");
        jdbc.update("DELETE FROM msg_message WHERE category = 'CASE_OVERDUE'");
        String seq = "seq_1_to_" + CASES;
        // routes 400201 / 400202 / 400203 of the demo (classes 400101 / 400102 / 400111), current stage 核实 (seq 3 or 2)
        jdbc.update("INSERT INTO enforcement_case (id, tenant_id, case_no, public_code, category_id, subject_id, route_id, grid_id,"
                + " dept_id, source, content, status, current_stage_id, current_seq, current_stage, stage_deadline, paused,"
                + " assignee_id, reporter_id, version, del_flag, create_by, create_time)"
                + " SELECT " + CASE_BASE + " + seq, 1, CONCAT('BENCH', seq), CONCAT('bench', seq),"
                + " ELT(seq MOD 3 + 1, 400101, 400102, 400111), 400301, ELT(seq MOD 3 + 1, 400201, 400202, 400203), 201, 11,"
                + " 'STAFF', '基准测试案件', 'OPEN', " + ENTRY_BASE + " + seq * 3, IF(seq MOD 3 = 2, 2, 3), 'VERIFY', NULL, 0,"
                + " IF(seq MOD 2 = 0, 4, NULL), 4, 3, 0, 'bench', NOW() - INTERVAL 3 DAY FROM " + seq);
        // two finished entries (录入, 派单) and the active 核实 entry per case
        jdbc.update("INSERT INTO enforcement_case_stage (id, tenant_id, case_id, entry_no, seq, stage_code, stage_name, role_codes,"
                + " grid_id, state, entered_time, deadline, finished_time, finished_by, overdue_warned)"
                + " SELECT " + ENTRY_BASE + " + seq * 3 - 2, 1, " + CASE_BASE + " + seq, 1, 1, 'INTAKE', '录入', 'enforcer,dept_leader',"
                + " 201, 'DONE', NOW() - INTERVAL 3 DAY, NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 70 HOUR, 4, 0 FROM " + seq);
        jdbc.update("INSERT INTO enforcement_case_stage (id, tenant_id, case_id, entry_no, seq, stage_code, stage_name, role_codes,"
                + " grid_id, state, entered_time, deadline, finished_time, finished_by, overdue_warned)"
                + " SELECT " + ENTRY_BASE + " + seq * 3 - 1, 1, " + CASE_BASE + " + seq, 2, 2, 'DISPATCH', '派单', 'enforcer,dept_leader',"
                + " 201, 'DONE', NOW() - INTERVAL 70 HOUR, NOW() - INTERVAL 62 HOUR, NOW() - INTERVAL 2 DAY, 4, 0 FROM " + seq);
        jdbc.update("INSERT INTO enforcement_case_stage (id, tenant_id, case_id, entry_no, seq, stage_code, stage_name, role_codes,"
                + " grid_id, state, entered_time, deadline, overdue_warned)"
                + " SELECT " + ENTRY_BASE + " + seq * 3, 1, " + CASE_BASE + " + seq, 3, IF(seq MOD 3 = 2, 2, 3), 'VERIFY', '核实', 'enforcer',"
                + " 201, 'ACTIVE', NOW() - INTERVAL 2 DAY,"
                + " CASE WHEN seq MOD 1000 < " + PERMILLE + " THEN NOW() - INTERVAL 30 SECOND"
                + "      WHEN seq MOD 100 BETWEEN 1 AND 5 THEN NOW() - INTERVAL 1 DAY"
                + "      ELSE NOW() + INTERVAL 1 DAY + INTERVAL (seq MOD 1000) MINUTE END,"
                + " IF(seq MOD 1000 >= " + PERMILLE + " AND seq MOD 100 BETWEEN 1 AND 5, 1, 0) FROM " + seq);
        jdbc.update("UPDATE enforcement_case c JOIN enforcement_case_stage s ON s.id = c.current_stage_id SET c.stage_deadline = s.deadline"
                + " WHERE c.id >= ?", CASE_BASE);
        jdbc.execute("ANALYZE TABLE enforcement_case, enforcement_case_stage");
        System.out.printf("generated %,d open cases, %,d stage entries in %.1f s%n", CASES, CASES * 3L,
                (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        String first = job.run();
        double firstSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        String second = job.run();
        double secondSeconds = (System.nanoTime() - t2) / 1e9;
        int messages = jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE category = 'CASE_OVERDUE'", Integer.class);
        int recipients = jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.category = 'CASE_OVERDUE'", Integer.class);
        System.out.printf("OVERDUE BENCH cases=%,d first run: %s in %.2f s; second run: %s in %.2f s; messages=%d recipients=%d%n",
                CASES, first, firstSeconds, second, secondSeconds, messages, recipients);
        int expected = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_stage WHERE id >= ? AND overdue_warned = 1"
                + " AND deadline > NOW() - INTERVAL 1 HOUR", Integer.class, ENTRY_BASE);
        assertThat(messages).isEqualTo(expected).isGreaterThan(0);

        // the message centre's share: the same number of plain sends (one per stage, one recipient) on their own
        long t3 = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            sender.send(MessageDraft.message(MessageCategories.CASE_OVERDUE, "bench").content("bench").toUsers(4L)
                    .tenant(1L).dedupeKey("bench:overdue:" + t3 + ":" + i).build());
        }
        System.out.printf("OVERDUE BENCH message centre alone: %d sends in %.2f s%n", messages, (System.nanoTime() - t3) / 1e9);
        // and the same drafts through one batch send (what the job uses: sendAll per batch of 500)
        long t4 = System.nanoTime();
        java.util.List<MessageDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < messages; i++) {
            drafts.add(MessageDraft.message(MessageCategories.CASE_OVERDUE, "bench").content("bench").toUsers(4L)
                    .tenant(1L).dedupeKey("bench:overdue:batch:" + t4 + ":" + i).build());
        }
        long created = sender.sendAll(drafts).stream().filter(r -> r.created()).count();
        System.out.printf("OVERDUE BENCH message centre alone: %d drafts in one sendAll in %.2f s (created %d)%n",
                messages, (System.nanoTime() - t4) / 1e9, created);
        assertThat(created).isEqualTo(messages);
        assertThat(second).startsWith("超期环节 0 个");
        jdbc.update("DELETE FROM enforcement_case_stage WHERE id >= ?", ENTRY_BASE);
        jdbc.update("DELETE FROM enforcement_case WHERE id >= ?", CASE_BASE);
    }
}
