package com.yuyang.base.online.metadata;

import java.util.Locale;

/** The value types a form field can declare; each maps to one portable column type. */
public enum FieldType {
    STRING, TEXT, INT, LONG, DECIMAL, DATE, DATETIME, BOOLEAN;

    public static FieldType of(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
