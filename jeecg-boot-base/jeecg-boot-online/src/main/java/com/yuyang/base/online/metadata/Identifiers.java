package com.yuyang.base.online.metadata;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only gate through which a name becomes a SQL identifier: lower-case letters, digits and underscore,
 * starting with a letter, at most 63 characters, and not a reserved word of MariaDB/MySQL or H2.
 */
public final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    /** Reserved words of MariaDB 10.11 and H2 2.3 (the union, lower case) that could be column names. */
    private static final Set<String> RESERVED = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "any", "array", "as", "asc", "asensitive",
            "authorization", "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade",
            "case", "cast", "change", "char", "character", "check", "collate", "column", "condition",
            "constraint", "continue", "convert", "create", "cross", "current_catalog", "current_date",
            "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "cursor", "database", "databases", "day", "day_hour", "day_microsecond",
            "day_minute", "day_second", "dec", "decimal", "declare", "default", "delayed", "delete", "desc",
            "describe", "deterministic", "distinct", "distinctrow", "div", "double", "drop", "dual", "each",
            "else", "elseif", "enclosed", "end", "escaped", "except", "exists", "exit", "explain", "false",
            "fetch", "float", "for", "force", "foreign", "from", "full", "fulltext", "general", "grant",
            "group", "groups", "having", "high_priority", "hour", "hour_microsecond", "hour_minute",
            "hour_second", "if", "ignore", "ilike", "in", "index", "infile", "inner", "inout", "insensitive",
            "insert", "int", "integer", "intersect", "interval", "into", "is", "iterate", "join", "key", "keys",
            "kill", "leading", "leave", "left", "like", "limit", "linear", "lines", "load", "localtime",
            "localtimestamp", "lock", "long", "loop", "low_priority", "match", "minus", "minute", "mod",
            "modifies", "month", "natural", "not", "null", "numeric", "offset", "on", "optimize", "option",
            "optionally", "or", "order", "out", "outer", "outfile", "over", "partition", "precision",
            "primary", "procedure", "purge", "qualify", "range", "read", "reads", "real", "recursive",
            "references", "regexp", "release", "rename", "repeat", "replace", "require", "restrict", "return",
            "returning", "revoke", "right", "rlike", "row", "rownum", "rows", "schema", "schemas", "second",
            "select", "sensitive", "separator", "session_user", "set", "show", "signal", "smallint", "some",
            "spatial", "specific", "sql", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting",
            "symmetric", "system_user", "table", "terminated", "then", "to", "top", "trailing", "trigger",
            "true", "undo", "union", "unique", "unknown", "unlock", "unsigned", "update", "usage", "use",
            "user", "using", "utc_date", "utc_time", "utc_timestamp", "value", "values", "varchar", "varying",
            "when", "where", "while", "window", "with", "write", "xor", "year", "year_month", "zerofill",
            "_rowid_");

    /** Table name prefixes of the platform itself: an online form must never take over such a table. */
    private static final Set<String> SYSTEM_PREFIXES = Set.of("sys_", "onl_", "jimu_", "flyway", "qrtz_",
            "act_", "flw_", "xxl_", "bak_");

    private Identifiers() {
    }

    public static boolean valid(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
    }

    public static boolean reserved(String name) {
        return RESERVED.contains(name);
    }

    public static boolean systemTable(String table) {
        return SYSTEM_PREFIXES.stream().anyMatch(table::startsWith);
    }

    /** Guard for code that builds SQL: fails loudly if an unvalidated name ever gets this far. */
    public static String quoteFree(String name) {
        if (!valid(name) && !ManagedColumns.ALL.contains(name)) {
            throw new IllegalArgumentException("not a validated identifier: " + name);
        }
        return name;
    }
}
