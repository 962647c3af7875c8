package com.yuyang.base.online.excel;

import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.ManagedColumns;

import java.util.ArrayList;
import java.util.List;

/** The spreadsheet columns of a form: header = field label; grid-scoped forms add the grid id column. */
record ExcelColumns(List<Column> columns) {

    static final String GRID_HEADER = "所属网格ID";

    record Column(String key, String header, FieldDef field) {
    }

    static ExcelColumns exportOf(FormDef form) {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(ManagedColumns.ID, "ID", null));
        form.fields().forEach(f -> cols.add(new Column(f.name(), f.label(), f)));
        if (form.gridScopedTable()) {
            cols.add(new Column(ManagedColumns.GRID_ID, GRID_HEADER, null));
        }
        return new ExcelColumns(cols);
    }

    static ExcelColumns importOf(FormDef form) {
        List<Column> cols = new ArrayList<>();
        form.fields().stream().filter(f -> !f.readOnly()).forEach(f -> cols.add(new Column(f.name(), f.label(), f)));
        if (form.gridScopedTable()) {
            cols.add(new Column(ManagedColumns.GRID_ID, GRID_HEADER, null));
        }
        return new ExcelColumns(cols);
    }

    List<List<String>> heads() {
        return columns.stream().map(c -> List.of(c.header())).toList();
    }
}
