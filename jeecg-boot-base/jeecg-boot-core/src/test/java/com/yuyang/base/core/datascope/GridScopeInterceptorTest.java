package com.yuyang.base.core.datascope;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the data-rule interceptor rewrites SQL: aliases, joins, sub-queries, UPDATE/DELETE; fail-closed defaults. */
class GridScopeInterceptorTest {

    private static final LoginUser INSPECTOR = new LoginUser(2, "inspector1", "x", 1, 10L, Set.of("inspector"), Set.of(), false);

    private final GridScopeInterceptor interceptor = interceptorWithScope(DataScope.grids(Set.of(101L, 1011L)));

    @BeforeAll
    static void register() {
        GridScopedTables.register("t_scoped");
    }

    @AfterEach
    void clear() {
        CurrentUser.clear();
    }

    @Test
    void addsTheGridConditionQualifiedByTheAlias() {
        CurrentUser.bind(INSPECTOR);
        String sql = interceptor.parserSingle("SELECT n.id FROM t_scoped n WHERE n.title LIKE ? OR n.id = ?", null);
        assertThat(sql).isEqualTo("SELECT n.id FROM t_scoped n WHERE (n.title LIKE ? OR n.id = ?) AND n.grid_id IN (101, 1011)");
    }

    @Test
    void filtersEveryScopedTableOfAJoinAndLeavesOthersAlone() {
        CurrentUser.bind(INSPECTOR);
        String inner = interceptor.parserSingle(
                "SELECT a.id FROM t_other a JOIN t_scoped b ON b.other_id = a.id WHERE a.x = 1", null);
        assertThat(inner).contains("b.grid_id IN (101, 1011)").doesNotContain("a.grid_id");
        String left = interceptor.parserSingle(
                "SELECT a.id FROM t_other a LEFT JOIN t_scoped b ON b.other_id = a.id", null);
        assertThat(left).contains("ON b.other_id = a.id AND b.grid_id IN (101, 1011)");
    }

    @Test
    void filtersSubQueriesAndUnqualifiedTables() {
        CurrentUser.bind(INSPECTOR);
        String sql = interceptor.parserSingle(
                "SELECT id FROM t_other WHERE id IN (SELECT other_id FROM t_scoped)", null);
        assertThat(sql).contains("(SELECT other_id FROM t_scoped WHERE t_scoped.grid_id IN (101, 1011))");
    }

    @Test
    void updateAndDeleteAreFilteredToo() {
        CurrentUser.bind(INSPECTOR);
        assertThat(interceptor.parserMulti("UPDATE t_scoped SET title = ? WHERE id = ?", null))
                .isEqualTo("UPDATE t_scoped SET title = ? WHERE id = ? AND t_scoped.grid_id IN (101, 1011)");
        assertThat(interceptor.parserMulti("DELETE FROM t_scoped WHERE id = ?", null))
                .isEqualTo("DELETE FROM t_scoped WHERE id = ? AND t_scoped.grid_id IN (101, 1011)");
    }

    @Test
    void withoutUserNothingMatchesUnlessRunAsSystem() {
        String sql = "SELECT id FROM t_scoped WHERE id = ?";
        assertThat(interceptor.parserSingle(sql, null)).endsWith("WHERE id = ? AND 1 = 0");
        assertThat(DataScopeContext.runAsSystem(() -> interceptor.parserSingle(sql, null))).isEqualTo(sql);
    }

    @Test
    void emptyScopeSeesNothingAndAdminSeesAll() {
        CurrentUser.bind(INSPECTOR);
        assertThat(interceptorWithScope(DataScope.grids(Set.of())).parserSingle("SELECT id FROM t_scoped", null))
                .isEqualTo("SELECT id FROM t_scoped WHERE 1 = 0");
        CurrentUser.bind(new LoginUser(1, "admin", "x", 1, 1L, Set.of("admin"), Set.of(), true));
        assertThat(interceptor.parserSingle("SELECT id FROM t_scoped", null)).isEqualTo("SELECT id FROM t_scoped");
    }

    @Test
    void registryAcceptsIdentifiersOnly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GridScopedTables.register("t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GridScopedTables.isScoped("`T_SCOPED`")).isTrue();
    }

    private static GridScopeInterceptor interceptorWithScope(DataScope scope) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("resolver", (DataScopeResolver) user -> scope);
        return new GridScopeInterceptor(beans.getBeanProvider(DataScopeResolver.class));
    }
}
