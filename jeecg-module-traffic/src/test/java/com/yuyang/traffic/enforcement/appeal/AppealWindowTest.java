package com.yuyang.traffic.enforcement.appeal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static com.yuyang.traffic.enforcement.appeal.AppealWindow.Verdict.FILE_PERIOD_OVER;
import static com.yuyang.traffic.enforcement.appeal.AppealWindow.Verdict.FILE_SECOND_REJECTED;
import static com.yuyang.traffic.enforcement.appeal.AppealWindow.Verdict.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** B8: when a case waiting in its appeal stage is filed automatically. */
class AppealWindowTest {

    static final LocalDateTime ENTERED = LocalDateTime.of(2026, 11, 2, 9, 0);
    static final LocalDateTime DEADLINE = ENTERED.plusDays(14);

    static Appeal appeal(String status, LocalDateTime replied) {
        Appeal a = new Appeal();
        a.setStatus(status);
        a.setReplyTime(replied);
        return a;
    }

    @Test
    @DisplayName("no appeal: wait until the stage deadline, then file")
    void period_from_the_stage_deadline() {
        assertThat(AppealWindow.decide(List.of(), ENTERED, DEADLINE, 7, DEADLINE.minusMinutes(1))).isEqualTo(WAIT);
        assertThat(AppealWindow.decide(List.of(), ENTERED, DEADLINE, 7, DEADLINE)).isEqualTo(FILE_PERIOD_OVER);
    }

    @Test
    @DisplayName("a route without a time limit: the configured days from entering the stage")
    void period_from_configuration_without_deadline() {
        assertThat(AppealWindow.decide(List.of(), ENTERED, null, 7, ENTERED.plusDays(6))).isEqualTo(WAIT);
        assertThat(AppealWindow.decide(List.of(), ENTERED, null, 7, ENTERED.plusDays(7))).isEqualTo(FILE_PERIOD_OVER);
    }

    @Test
    @DisplayName("a pending or an upheld appeal holds the case, whatever the time")
    void pending_or_upheld_holds() {
        LocalDateTime late = DEADLINE.plusDays(100);
        assertThat(AppealWindow.decide(List.of(appeal(Appeal.PENDING, null)), ENTERED, DEADLINE, 7, late)).isEqualTo(WAIT);
        assertThat(AppealWindow.decide(List.of(appeal(Appeal.ACCEPTED, ENTERED)), ENTERED, DEADLINE, 7, late)).isEqualTo(WAIT);
        assertThat(AppealWindow.decide(List.of(appeal(Appeal.REJECTED, ENTERED), appeal(Appeal.PENDING, null)), ENTERED,
                DEADLINE, 7, late)).isEqualTo(WAIT);
    }

    @Test
    @DisplayName("the second appeal rejected: file at once")
    void second_rejected_files_at_once() {
        List<Appeal> both = List.of(appeal(Appeal.REJECTED, ENTERED.plusDays(1)), appeal(Appeal.REJECTED, ENTERED.plusDays(2)));
        assertThat(AppealWindow.decide(both, ENTERED, DEADLINE, 7, ENTERED.plusDays(2))).isEqualTo(FILE_SECOND_REJECTED);
    }

    @Test
    @DisplayName("after a late rejection of the first appeal the appellant keeps the configured days to appeal again")
    void first_rejected_late_extends_the_period() {
        LocalDateTime replied = DEADLINE.minusDays(1);
        List<Appeal> first = List.of(appeal(Appeal.REJECTED, replied));
        assertThat(AppealWindow.end(first, ENTERED, DEADLINE, 7)).isEqualTo(replied.plusDays(7));
        assertThat(AppealWindow.decide(first, ENTERED, DEADLINE, 7, DEADLINE.plusDays(1))).isEqualTo(WAIT);
        assertThat(AppealWindow.decide(first, ENTERED, DEADLINE, 7, replied.plusDays(7))).isEqualTo(FILE_PERIOD_OVER);
        // an early rejection does not shorten the stage's own period
        List<Appeal> early = List.of(appeal(Appeal.REJECTED, ENTERED.plusHours(1)));
        assertThat(AppealWindow.end(early, ENTERED, DEADLINE, 7)).isEqualTo(DEADLINE);
    }
}
