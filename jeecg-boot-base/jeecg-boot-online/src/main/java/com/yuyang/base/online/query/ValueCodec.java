package com.yuyang.base.online.query;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FieldType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Converts between the JSON/query-string form of a field value and its JDBC value, per declared type.
 * Every value from a request goes through here and is then bound as a parameter, never concatenated.
 */
public final class ValueCodec {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ValueCodec() {
    }

    /** @throws IllegalArgumentException with a Chinese message when the value does not fit the type */
    public static Object fromRequest(FieldDef f, Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof java.util.Map || raw instanceof java.util.Collection) {
            throw new IllegalArgumentException(f.label() + "格式不正确");
        }
        String s = raw.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return switch (f.fieldType()) {
                case STRING, TEXT -> raw.toString();
                case INT -> new BigDecimal(s).intValueExact();
                case LONG -> new BigDecimal(s).longValueExact();
                case DECIMAL -> decimal(f, s);
                case DATE -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s, DATE);
                case DATETIME -> LocalDateTime.parse(s.replace('T', ' ').length() == 16 ? s.replace('T', ' ') + ":00"
                        : s.replace('T', ' '), DATETIME);
                case BOOLEAN -> bool(f, s);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(f.label() + (f.fieldType() == FieldType.DECIMAL ? "必须是数字" : "必须是整数"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(f.label() + (f.fieldType() == FieldType.DATE
                    ? "日期格式应为 yyyy-MM-dd" : "时间格式应为 yyyy-MM-dd HH:mm:ss"));
        }
    }

    /** A database value as the API shows it: BIGINT as string (JavaScript-safe), dates formatted. */
    public static Object toResponse(FieldType type, Object v) {
        if (v == null) {
            return null;
        }
        if (type == FieldType.BOOLEAN) {
            return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
        }
        if (type == FieldType.INT && v instanceof Number n) {
            return n.intValue();
        }
        return plain(v);
    }

    public static Object plain(Object v) {
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof Timestamp ts) {
            return dateTime(ts.toLocalDateTime());
        }
        if (v instanceof LocalDateTime ldt) {
            return dateTime(ldt);
        }
        if (v instanceof java.sql.Date d) {
            return date(d.toLocalDate());
        }
        if (v instanceof LocalDate ld) {
            return date(ld);
        }
        if (v instanceof Clob c) {
            return clob(c);
        }
        return v;
    }

    /**
     * {@code yyyy-MM-dd}, as {@link #DATE} prints it for years 0–9999. Hand-written because list pages print three
     * dates per row: DateTimeFormatter's builders were a tenth of a list request's garbage.
     */
    public static String date(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            return d.format(DATE);
        }
        char[] c = new char[10];
        putDate(c, d);
        return new String(c);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, as {@link #DATETIME} prints it for years 0–9999. */
    public static String dateTime(LocalDateTime t) {
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return t.format(DATETIME);
        }
        char[] c = new char[19];
        putDate(c, t.toLocalDate());
        c[10] = ' ';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    private static void putDate(char[] c, LocalDate d) {
        digits(c, 0, d.getYear(), 4);
        c[4] = '-';
        digits(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth(), 2);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static BigDecimal decimal(FieldDef f, String s) {
        BigDecimal d = new BigDecimal(s);
        if (d.scale() > f.decimalScale()) {
            throw new IllegalArgumentException(f.label() + "最多保留" + f.decimalScale() + "位小数");
        }
        if (d.precision() - d.scale() > f.decimalPrecision() - f.decimalScale()) {
            throw new IllegalArgumentException(f.label() + "数值过大");
        }
        return d;
    }

    private static Integer bool(FieldDef f, String s) {
        return switch (s.toLowerCase()) {
            case "true", "1", "是" -> 1;
            case "false", "0", "否" -> 0;
            default -> throw new IllegalArgumentException(f.label() + "必须是 true 或 false");
        };
    }

    private static String clob(Clob c) {
        try (Reader r = c.getCharacterStream()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
