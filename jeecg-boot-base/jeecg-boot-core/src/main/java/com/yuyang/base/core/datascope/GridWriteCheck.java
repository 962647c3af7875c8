package com.yuyang.base.core.datascope;

import com.yuyang.base.core.exception.BizException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes into a grid-scoped table must name a grid inside the caller's scope: the value of the grid column
 * of every inserted row, and of an UPDATE that moves a row, is read from the bound parameters and checked.
 * Anything the check cannot read (INSERT … SELECT, no column list, computed values) is refused unless the
 * caller sees everything.
 */
final class GridWriteCheck {

    private GridWriteCheck() {
    }

    static void checkInsert(Insert insert, BoundParameters params, DataScope scope) {
        Optional<String> gridColumn = GridScopedTables.gridColumnOf(insert.getTable().getName());
        if (gridColumn.isEmpty() || scope.all()) {
            return;
        }
        if (insert.getColumns() == null || insert.getValues() == null) {
            throw denied();
        }
        int position = indexOf(insert.getColumns(), gridColumn.get());
        if (position < 0) {
            throw denied();
        }
        for (ExpressionList<?> row : rows(insert.getValues().getExpressions())) {
            check(row.get(position), params, scope);
        }
    }

    static void checkUpdate(Update update, BoundParameters params, DataScope scope) {
        Optional<String> gridColumn = GridScopedTables.gridColumnOf(update.getTable().getName());
        if (gridColumn.isEmpty() || scope.all() || update.getUpdateSets() == null) {
            return;
        }
        for (UpdateSet set : update.getUpdateSets()) {
            int position = indexOf(set.getColumns(), gridColumn.get());
            if (position >= 0) {
                check(set.getValues().get(position), params, scope);
            }
        }
    }

    private static List<ExpressionList<?>> rows(ExpressionList<?> values) {
        List<ExpressionList<?>> rows = new ArrayList<>();
        boolean multi = !values.isEmpty() && values.stream().allMatch(e -> e instanceof ExpressionList<?>);
        if (multi) {
            values.forEach(e -> rows.add((ExpressionList<?>) e));
        } else {
            rows.add(values);
        }
        return rows;
    }

    private static int indexOf(ExpressionList<Column> columns, String gridColumn) {
        for (int i = 0; i < columns.size(); i++) {
            if (GridScopedTables.unquote(columns.get(i).getColumnName()).toLowerCase(Locale.ROOT).equals(gridColumn)) {
                return i;
            }
        }
        return -1;
    }

    private static void check(Expression value, BoundParameters params, DataScope scope) {
        Long gridId = gridIdOf(value, params);
        if (gridId == null || !scope.allows(gridId)) {
            throw denied();
        }
    }

    private static Long gridIdOf(Expression value, BoundParameters params) {
        Object raw;
        if (value instanceof JdbcParameter p && p.getIndex() != null) {
            raw = params.valueAt(p.getIndex());
        } else if (value instanceof LongValue l) {
            raw = l.getValue();
        } else if (value instanceof StringValue s) {
            raw = s.getValue();
        } else if (value instanceof NullValue) {
            raw = null;
        } else {
            throw denied();
        }
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof String s && s.matches("\\d{1,19}")) {
            return Long.parseLong(s);
        }
        return null;
    }

    private static BizException denied() {
        return BizException.forbidden("无权在该网格下写入数据");
    }
}
