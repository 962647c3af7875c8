package com.yuyang.base.online.ddl;

import com.yuyang.base.online.metadata.FieldDef;

import java.util.Locale;

/**
 * A column type reduced to what sync decisions need: a family and its size. Built from a declared field
 * or from what the database reports, so the two can be compared on H2 and MariaDB alike.
 */
public record ColumnType(Family family, int size, int scale) {

    public enum Family { VARCHAR, TEXT, SMALLINT, INT, BIGINT, DECIMAL, DATE, DATETIME, OTHER }

    public static ColumnType declared(FieldDef f) {
        return switch (f.fieldType()) {
            case STRING -> new ColumnType(Family.VARCHAR, f.storedLength(), 0);
            case TEXT -> new ColumnType(Family.TEXT, 0, 0);
            case INT -> new ColumnType(Family.INT, 0, 0);
            case LONG -> new ColumnType(Family.BIGINT, 0, 0);
            case DECIMAL -> new ColumnType(Family.DECIMAL, f.decimalPrecision(), f.decimalScale());
            case DATE -> new ColumnType(Family.DATE, 0, 0);
            case DATETIME -> new ColumnType(Family.DATETIME, 0, 0);
            case BOOLEAN -> new ColumnType(Family.SMALLINT, 0, 0);
        };
    }

    /** From JDBC metadata TYPE_NAME / COLUMN_SIZE / DECIMAL_DIGITS of either database. */
    public static ColumnType existing(String typeName, int size, int digits) {
        String t = typeName.toUpperCase(Locale.ROOT);
        if (t.contains("CHAR") && !t.contains("LARGE")) {
            return new ColumnType(Family.VARCHAR, size, 0);
        }
        if (t.contains("TEXT") || t.contains("CLOB") || t.contains("LARGE OBJECT")) {
            return new ColumnType(Family.TEXT, 0, 0);
        }
        if (t.startsWith("BIGINT")) {
            return new ColumnType(Family.BIGINT, 0, 0);
        }
        if (t.startsWith("SMALLINT") || t.startsWith("TINYINT") || t.startsWith("BOOL") || t.equals("BIT")) {
            return new ColumnType(Family.SMALLINT, 0, 0);
        }
        if (t.startsWith("INT") || t.startsWith("MEDIUMINT")) {
            return new ColumnType(Family.INT, 0, 0);
        }
        if (t.startsWith("DECIMAL") || t.startsWith("NUMERIC")) {
            return new ColumnType(Family.DECIMAL, size, digits);
        }
        if (t.equals("DATE")) {
            return new ColumnType(Family.DATE, 0, 0);
        }
        if (t.startsWith("DATETIME") || t.startsWith("TIMESTAMP")) {
            return new ColumnType(Family.DATETIME, 0, 0);
        }
        return new ColumnType(Family.OTHER, size, digits);
    }

    /** What changing from {@code this} (in the database) to {@code target} (declared) would do to data. */
    public Change changeTo(ColumnType target) {
        if (family == target.family) {
            return switch (family) {
                case VARCHAR -> size == target.size ? Change.NONE : size < target.size ? Change.WIDEN : Change.NARROW;
                case DECIMAL -> decimal(target);
                default -> Change.NONE;
            };
        }
        if ((family == Family.SMALLINT && (target.family == Family.INT || target.family == Family.BIGINT))
                || (family == Family.INT && target.family == Family.BIGINT)
                || (family == Family.VARCHAR && target.family == Family.TEXT)
                || (family == Family.DATE && target.family == Family.DATETIME)) {
            return Change.WIDEN;
        }
        return Change.NARROW;
    }

    private Change decimal(ColumnType target) {
        if (size == target.size && scale == target.scale) {
            return Change.NONE;
        }
        boolean keepsInteger = target.size - target.scale >= size - scale;
        return keepsInteger && target.scale >= scale ? Change.WIDEN : Change.NARROW;
    }

    public enum Change { NONE, WIDEN, NARROW }
}
