package com.yuyang.base.core.datascope;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The registry of grid-scoped tables (table name → grid column). Static on purpose: it is consulted from
 * inside the MyBatis interceptor for every statement, and modules register tables without wiring.
 */
public final class GridScopedTables {

    public static final String DEFAULT_COLUMN = "grid_id";

    /** Identifiers only; the registry feeds SQL text, so nothing else may enter it. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private static final Map<String, String> TABLES = new ConcurrentHashMap<>();

    private GridScopedTables() {
    }

    public static void register(String table) {
        register(table, DEFAULT_COLUMN);
    }

    public static void register(String table, String gridColumn) {
        if (table == null || !IDENTIFIER.matcher(table).matches()
                || gridColumn == null || !IDENTIFIER.matcher(gridColumn).matches()) {
            throw new IllegalArgumentException("invalid grid-scoped table or column: " + table + "." + gridColumn);
        }
        TABLES.put(table.toLowerCase(Locale.ROOT), gridColumn.toLowerCase(Locale.ROOT));
    }

    public static void unregister(String table) {
        if (table != null) {
            TABLES.remove(table.toLowerCase(Locale.ROOT));
        }
    }

    /** The grid column of a table, if the table is grid-scoped; accepts quoted names. */
    public static Optional<String> gridColumnOf(String table) {
        if (table == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLES.get(unquote(table).toLowerCase(Locale.ROOT)));
    }

    public static boolean isScoped(String table) {
        return gridColumnOf(table).isPresent();
    }

    public static Set<String> tables() {
        return Set.copyOf(TABLES.keySet());
    }

    /** Cheap pre-check so that statements on unrelated tables are never parsed. */
    static boolean mentionsAny(String sql) {
        if (TABLES.isEmpty() || sql == null) {
            return false;
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        for (String t : TABLES.keySet()) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static String unquote(String name) {
        String n = name;
        int dot = n.lastIndexOf('.');
        if (dot >= 0) {
            n = n.substring(dot + 1);
        }
        if (n.length() >= 2 && (n.charAt(0) == '`' || n.charAt(0) == '"')) {
            n = n.substring(1, n.length() - 1);
        }
        return n;
    }
}
