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
            return ts.toLocalDateTime().format(DATETIME);
        }
        if (v instanceof LocalDateTime ldt) {
            return ldt.format(DATETIME);
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().format(DATE);
        }
        if (v instanceof LocalDate ld) {
            return ld.format(DATE);
        }
        if (v instanceof Clob c) {
            return clob(c);
        }
        return v;
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
