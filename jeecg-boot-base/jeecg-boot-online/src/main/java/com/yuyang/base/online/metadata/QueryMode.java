package com.yuyang.base.online.metadata;

import java.util.Locale;

/** How a field may be filtered in the list: exact, contains, between (_begin/_end), or not at all. */
public enum QueryMode {
    EQ, LIKE, RANGE, NONE;

    public static QueryMode of(String s) {
        return s == null ? NONE : valueOf(s.toUpperCase(Locale.ROOT));
    }
}
