package com.yuyang.base.online.ddl;

import java.util.List;
import java.util.Map;

/** What the database holds for a table: its columns and its (non-primary) indexes with their columns. */
public record TableState(boolean exists, Map<String, ColumnType> columns, Map<String, List<String>> indexes) {

    public static TableState absent() {
        return new TableState(false, Map.of(), Map.of());
    }
}
