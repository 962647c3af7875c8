package com.yuyang.base.core.datascope;

import com.baomidou.mybatisplus.core.plugins.InterceptorIgnoreHelper;
import com.baomidou.mybatisplus.core.toolkit.PluginUtils;
import com.baomidou.mybatisplus.extension.plugins.inner.BaseMultiTableInnerInterceptor;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/**
 * Grid isolation in the data layer (A9): every SELECT, UPDATE and DELETE touching a grid-scoped table gets
 * {@code <alias>.grid_id IN (…)} added to its WHERE (or to the ON of an outer-joined table), and every
 * INSERT or UPDATE that sets the grid column is checked against the caller's scope (403 outside it).
 * Grid ids enter the SQL as numeric literals from the resolver, never as text from a request.
 * It runs before pagination (see MybatisPlusConfig), so count queries are filtered as well.
 */
@Component
@Order(10)
public class GridScopeInterceptor extends BaseMultiTableInnerInterceptor {

    /** The scope of the statement being rewritten, resolved at most once per statement. */
    private static final ThreadLocal<ScopeHolder> STATEMENT = new ThreadLocal<>();

    private final ObjectProvider<DataScopeResolver> resolver;

    public GridScopeInterceptor(ObjectProvider<DataScopeResolver> resolver) {
        this.resolver = resolver;
    }

    @Override
    public void beforeQuery(Executor executor, MappedStatement ms, Object parameter, RowBounds rowBounds,
                            ResultHandler resultHandler, BoundSql boundSql) {
        if (skip(ms, boundSql.getSql())) {
            return;
        }
        PluginUtils.MPBoundSql mpBs = PluginUtils.mpBoundSql(boundSql);
        withScope(() -> mpBs.sql(parserSingle(mpBs.sql(), null)));
    }

    @Override
    public void beforePrepare(StatementHandler sh, Connection connection, Integer transactionTimeout) {
        PluginUtils.MPStatementHandler mpSh = PluginUtils.mpStatementHandler(sh);
        MappedStatement ms = mpSh.mappedStatement();
        SqlCommandType type = ms.getSqlCommandType();
        if (type != SqlCommandType.INSERT && type != SqlCommandType.UPDATE && type != SqlCommandType.DELETE) {
            return;
        }
        PluginUtils.MPBoundSql mpBs = mpSh.mPBoundSql();
        if (skip(ms, mpBs.sql())) {
            return;
        }
        BoundParameters params = new BoundParameters(mpSh.configuration(), mpSh.boundSql());
        withScope(() -> {
            String rewritten = parserMulti(mpBs.sql(), params);
            if (type != SqlCommandType.INSERT) {
                mpBs.sql(rewritten);
            }
        });
    }

    @Override
    protected void processSelect(Select select, int index, String sql, Object obj) {
        processSelectBody(select, null);
        if (select.getWithItemsList() != null) {
            select.getWithItemsList().forEach(w -> processSelectBody(w.getSelect(), null));
        }
    }

    @Override
    protected void processUpdate(Update update, int index, String sql, Object obj) {
        GridWriteCheck.checkUpdate(update, (BoundParameters) obj, scope());
        update.setWhere(andExpression(update.getTable(), update.getWhere(), null));
    }

    @Override
    protected void processDelete(Delete delete, int index, String sql, Object obj) {
        delete.setWhere(andExpression(delete.getTable(), delete.getWhere(), null));
    }

    @Override
    protected void processInsert(Insert insert, int index, String sql, Object obj) {
        GridWriteCheck.checkInsert(insert, (BoundParameters) obj, scope());
    }

    @Override
    public Expression buildTableExpression(Table table, Expression where, String whereSegment) {
        Optional<String> gridColumn = GridScopedTables.gridColumnOf(table.getName());
        if (gridColumn.isEmpty()) {
            return null;
        }
        DataScope scope = scope();
        if (scope.all()) {
            return null;
        }
        if (scope.gridIds().isEmpty()) {
            return new EqualsTo(new LongValue(1), new LongValue(0));
        }
        Table qualifier = table.getAlias() != null ? new Table(table.getAlias().getName()) : table;
        ParenthesedExpressionList<LongValue> ids = new ParenthesedExpressionList<>();
        scope.gridIds().stream().sorted().forEach(id -> ids.add(new LongValue(id)));
        return new InExpression(new Column(qualifier, gridColumn.get()), ids);
    }

    private static boolean skip(MappedStatement ms, String sql) {
        return InterceptorIgnoreHelper.willIgnoreDataPermission(ms.getId()) || !GridScopedTables.mentionsAny(sql);
    }

    private void withScope(Runnable work) {
        ScopeHolder outer = STATEMENT.get();
        STATEMENT.set(new ScopeHolder());
        try {
            work.run();
        } finally {
            if (outer == null) {
                STATEMENT.remove();
            } else {
                STATEMENT.set(outer);
            }
        }
    }

    private DataScope scope() {
        ScopeHolder holder = STATEMENT.get();
        if (holder == null) {
            return resolveNow();
        }
        if (holder.scope == null) {
            holder.scope = resolveNow();
        }
        return holder.scope;
    }

    /** System scope sees all; no user outside a system scope sees nothing (fail closed). */
    private DataScope resolveNow() {
        if (DataScopeContext.isSystem()) {
            return DataScope.everything();
        }
        Optional<LoginUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return DataScope.grids(Set.of());
        }
        if (user.get().admin()) {
            return DataScope.everything();
        }
        DataScopeResolver r = resolver.getIfAvailable();
        return r == null ? DataScope.grids(Set.of()) : r.resolve(user.get());
    }

    private static final class ScopeHolder {
        private DataScope scope;
    }
}
