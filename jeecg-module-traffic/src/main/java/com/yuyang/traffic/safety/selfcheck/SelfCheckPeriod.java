package com.yuyang.traffic.safety.selfcheck;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A self-check period (configuration item {@code safety.self-check.period}: MONTH, QUARTER or YEAR). The key
 * names the period in the table (2026-11, 2026-Q4, 2026), so one subject has at most one self-check per period.
 */
public record SelfCheckPeriod(String kind, String key, LocalDate start, LocalDate end) {

    public static SelfCheckPeriod of(String kind, LocalDate day) {
        return switch (kind) {
            case "YEAR" -> new SelfCheckPeriod(kind, String.valueOf(day.getYear()), day.withDayOfYear(1),
                    day.withDayOfYear(day.lengthOfYear()));
            case "QUARTER" -> {
                int q = day.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate start = LocalDate.of(day.getYear(), (q - 1) * 3 + 1, 1);
                yield new SelfCheckPeriod(kind, day.getYear() + "-Q" + q, start, start.plusMonths(3).minusDays(1));
            }
            default -> {
                LocalDate start = day.withDayOfMonth(1);
                yield new SelfCheckPeriod("MONTH", String.format("%d-%02d", day.getYear(), day.getMonthValue()), start,
                        start.plusMonths(1).minusDays(1));
            }
        };
    }
}
