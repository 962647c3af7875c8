package com.yuyang.base.online.query;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** P3 list values: the hand-written date printers answer exactly what the declared patterns print. */
class ValueCodecTest {

    @Test
    void dates_and_times_print_as_their_patterns_over_the_whole_calendar() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(r.nextInt(10_000), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000_000));
            assertThat(ValueCodec.dateTime(t)).isEqualTo(t.format(ValueCodec.DATETIME));
            assertThat(ValueCodec.date(t.toLocalDate())).isEqualTo(t.toLocalDate().format(ValueCodec.DATE));
        }
        assertThat(ValueCodec.plain(Timestamp.valueOf("2020-03-01 07:08:09.5"))).isEqualTo("2020-03-01 07:08:09");
        assertThat(ValueCodec.plain(java.sql.Date.valueOf("0999-12-31"))).isEqualTo("0999-12-31");
        assertThat(ValueCodec.plain(LocalDate.of(10_000, 1, 1))).isEqualTo(LocalDate.of(10_000, 1, 1).format(ValueCodec.DATE));
        assertThat(ValueCodec.plain(42L)).isEqualTo("42");
    }
}
