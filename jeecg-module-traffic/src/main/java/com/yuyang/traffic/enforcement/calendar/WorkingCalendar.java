package com.yuyang.traffic.enforcement.calendar;

import com.yuyang.traffic.enforcement.route.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Deadlines of stage time limits (B12). Hours are wall-clock hours. Working days follow the holiday calendar
 * (online form enforcement_holiday): Monday to Friday work unless marked HOLIDAY, Saturday and Sunday rest
 * unless marked WORKDAY (调休). A limit of n working days ends at 24:00 of the n-th working day after the day
 * the stage was entered (that day itself does not count), as time limits are counted in Chinese
 * administrative practice. The calendar is read per computation (one indexed range query): edits apply at once.
 */
@Component
public class WorkingCalendar {

    /** Longest span searched for working days: a limit needs at most this many calendar days. */
    private static final int MAX_SPAN_DAYS = 3660;

    private final JdbcTemplate jdbc;

    public WorkingCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deadline of a limit starting at {@code from}; null when the stage has no limit. */
    public LocalDateTime deadline(LocalDateTime from, Integer limit, TimeUnit unit) {
        if (limit == null || unit == null) {
            return null;
        }
        if (unit == TimeUnit.HOURS) {
            return from.plusHours(limit);
        }
        LocalDate start = from.toLocalDate();
        // weekends and holidays at most double a span, plus long holidays: read generously once
        int span = Math.min(MAX_SPAN_DAYS, limit * 3 + 30);
        Map<LocalDate, String> marks = marks(start.plusDays(1), start.plusDays(span));
        LocalDate day = start;
        int counted = 0;
        while (counted < limit) {
            day = day.plusDays(1);
            if (day.isAfter(start.plusDays(span))) {
                marks.putAll(marks(day, day.plusDays(span)));
                span += span;
            }
            if (working(day, marks.get(day))) {
                counted++;
            }
        }
        return LocalDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT);
    }

    public boolean isWorkingDay(LocalDate day) {
        return working(day, marks(day, day).get(day));
    }

    static boolean working(LocalDate day, String mark) {
        if (mark != null) {
            return "WORKDAY".equals(mark);
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, String> marks(LocalDate from, LocalDate to) {
        Map<LocalDate, String> m = new HashMap<>();
        jdbc.query("SELECT holiday_date, kind FROM enforcement_holiday WHERE del_flag = 0 AND holiday_date BETWEEN ? AND ?",
                rs -> {
                    m.put(rs.getDate(1).toLocalDate(), rs.getString(2));
                }, Date.valueOf(from), Date.valueOf(to));
        return m;
    }
}
