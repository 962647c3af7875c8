package com.yuyang.base.online.metadata;

import java.util.Locale;

/** The value types a form field can declare; each maps to one portable column type. */
public enum FieldType {
    STRING, TEXT, INT, LONG, DECIMAL, DATE, DATETIME, BOOLEAN;

    private static final FieldType[] ALL = values();

    /** The type of a declared name, case-insensitive (called per cell of every list row: no allocation). */
    public static FieldType of(String s) {
        for (FieldType t : ALL) {
            if (t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("No field type " + s.toUpperCase(Locale.ROOT));
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
