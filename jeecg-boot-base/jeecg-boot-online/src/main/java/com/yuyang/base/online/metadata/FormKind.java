package com.yuyang.base.online.metadata;

import java.util.Locale;

/** single table, master (with detail forms saved alongside), detail (child of a master), tree (parent_id). */
public enum FormKind {
    SINGLE, MASTER, DETAIL, TREE;

    public static FormKind of(String s) {
        return s == null ? SINGLE : valueOf(s.toUpperCase(Locale.ROOT));
    }
}
