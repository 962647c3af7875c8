package com.yuyang.base.online.ddl;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads a table's columns and indexes through JDBC metadata (portable across H2 and MariaDB). */
@Component
public class TableInspector {

    private final JdbcTemplate jdbc;
    private volatile SqlDialect dialect;

    public TableInspector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SqlDialect dialect() {
        if (dialect == null) {
            dialect = jdbc.execute((Connection c) -> SqlDialect.fromProductName(c.getMetaData().getDatabaseProductName()));
        }
        return dialect;
    }

    public TableState inspect(String table) {
        return jdbc.execute((Connection c) -> read(c, table));
    }

    private TableState read(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                if (!table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    continue; // '_' in the name is a LIKE wildcard for getColumns
                }
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        ColumnType.existing(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")));
            }
        }
        if (columns.isEmpty()) {
            return TableState.absent();
        }
        Map<String, TreeMap<Integer, String>> byIndex = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || name.equalsIgnoreCase("PRIMARY") || name.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY")) {
                    continue;
                }
                byIndex.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        byIndex.forEach((k, v) -> indexes.put(k, new ArrayList<>(v.values())));
        return new TableState(true, columns, indexes);
    }
}
