package com.yuyang.traffic.enforcement.caseflow;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers ZF + yyyyMMdd + 5 digits from a per-day counter row. The counter is taken in its own short
 * transaction so that concurrent case creations do not wait for each other's whole transaction; a rolled-back
 * creation leaves a gap, never a duplicate (case_no is unique as well).
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next() {
        String day = LocalDate.now().format(DAY);
        Integer n = separate.execute(s -> take(day));
        return "ZF" + day + String.format("%05d", n);
    }

    private int take(String day) {
        if (jdbc.update("UPDATE enforcement_case_seq SET next_no = next_no + 1 WHERE seq_day = ?", day) == 0) {
            try {
                jdbc.update("INSERT INTO enforcement_case_seq (seq_day, next_no) VALUES (?, 2)", day);
                return 1;
            } catch (DuplicateKeyException e) {
                jdbc.update("UPDATE enforcement_case_seq SET next_no = next_no + 1 WHERE seq_day = ?", day);
            }
        }
        Integer next = jdbc.queryForObject("SELECT next_no FROM enforcement_case_seq WHERE seq_day = ?", Integer.class, day);
        return next - 1;
    }
}
