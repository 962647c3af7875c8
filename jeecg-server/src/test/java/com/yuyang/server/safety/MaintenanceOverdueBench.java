package com.yuyang.server.safety;

import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.equipment.EquipmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bench, not a test (the name matches no surefire pattern; run by bench/maintenance-overdue.sh): the A8 overdue
 * job over BENCH_EQUIPMENT (default 10,000) approved equipment whose daily-care cycle is overdue, plus as many
 * yearly cycles that are not. First run: one warning each (message to enterprise1 and inspector1); second run:
 * nothing new. MariaDB only (uses the sequence engine to generate the rows).
 */
class MaintenanceOverdueBench extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EquipmentService equipment;

    @Test
    void overdue_warnings_over_ten_thousand_equipment() {
        int n = Integer.getInteger("bench.equipment", 10_000);
        long t0 = System.nanoTime();
        jdbc.update("INSERT INTO safety_equipment (id, tenant_id, grid_id, subject_id, type_id, name, serial_no, status, version, del_flag)"
                + " SELECT 910000000000 + seq, 1, 1011, 31004, 30302, '压测储气罐', CONCAT('BENCH-', seq), 'APPROVED', 0, 0 FROM seq_1_to_" + n);
        jdbc.update("INSERT INTO safety_equipment_cycle (id, tenant_id, grid_id, subject_id, equipment_id, kind, cycle_days, last_done_on, next_due_on, version)"
                + " SELECT 920000000000 + seq, 1, 1011, 31004, 910000000000 + seq, 'CARE', 7, CURRENT_DATE - INTERVAL 10 DAY,"
                + " CURRENT_DATE - INTERVAL 3 DAY, 0 FROM seq_1_to_" + n);
        jdbc.update("INSERT INTO safety_equipment_cycle (id, tenant_id, grid_id, subject_id, equipment_id, kind, cycle_days, last_done_on, next_due_on, version)"
                + " SELECT 930000000000 + seq, 1, 1011, 31004, 910000000000 + seq, 'CHECK', 365, CURRENT_DATE - INTERVAL 10 DAY,"
                + " CURRENT_DATE + INTERVAL 355 DAY, 0 FROM seq_1_to_" + n);
        jdbc.execute("ANALYZE TABLE safety_equipment_cycle");
        System.out.printf("generated %,d equipment with %,d cycles in %.1f s%n", n, 2 * n, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        int first = equipment.warnOverdue(LocalDate.now());
        double firstSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        int second = equipment.warnOverdue(LocalDate.now());
        double secondSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("OVERDUE BENCH first run: %,d warnings in %.2f s (%.2f ms each); second run: %d warnings in %.2f s%n",
                first, firstSeconds, firstSeconds * 1000 / Math.max(1, first), second, secondSeconds);
        assertThat(first).isGreaterThanOrEqualTo(n);
        assertThat(second).isZero();
    }
}
