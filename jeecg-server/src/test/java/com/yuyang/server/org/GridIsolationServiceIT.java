package com.yuyang.server.org;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.system.grid.notice.GridNoticeRequests;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.View;
import com.yuyang.base.system.grid.notice.GridNoticeService;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A9 at the service level: the same service code, called as different users, sees and changes only the
 * notices of the caller's grids, with no scope check in the service itself (the data-rule interceptor).
 * Seeded notices: 9101, 9102 (grid 101), 91011 (1011, sub-grid of 101), 9201 (102), 9301 (201).
 */
class GridIsolationServiceIT extends IntegrationTest {

    private static final Set<Long> SEEDED = Set.of(9101L, 9102L, 91011L, 9201L, 9301L);

    @Autowired
    GridNoticeService notices;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void unbind() {
        CurrentUser.clear();
    }

    @ParameterizedTest(name = "A9 {0} sees exactly grids [{1}]")
    @CsvSource({
            "admin,       101 1011 102 201",
            "leader1,     101 1011 102",
            "inspector1,  101 1011",
            "inspector2,  102",
            "enforcer1,   201",
            "enterprise1, 1011",
            "roadchief1,  ''"})
    void listAndGetAreFilteredByGridScope(String username, String grids) {
        Set<Long> scope = ids(grids);
        CurrentUser.bind(DemoUsers.byName(username));

        var page = notices.list(new GridNoticeRequests.Query(null, null, 1, 1000));
        assertThat(page.records()).allMatch(n -> scope.contains(n.gridId()));
        assertThat(page.total()).isEqualTo(page.records().size());
        // the count query is filtered too: a page of one still reports the visible total
        assertThat(notices.list(new GridNoticeRequests.Query(null, null, 1, 1)).total()).isEqualTo(page.total());

        for (long id : SEEDED) {
            long grid = seededGrid(id);
            if (scope.contains(grid)) {
                assertThat(notices.get(id).gridId()).isEqualTo(grid);
                assertThat(page.records()).extracting(View::id).contains(id);
            } else {
                assertThatThrownBy(() -> notices.get(id)).isInstanceOf(BizException.class)
                        .satisfies(e -> assertThat(((BizException) e).status()).isEqualTo(404));
            }
        }
    }

    @ParameterizedTest(name = "A9 {0} may update/delete in [{1}] only")
    @CsvSource({
            "leader1,     101 1011 102",
            "inspector1,  101 1011",
            "inspector2,  102",
            "enforcer1,   201",
            "enterprise1, 1011"})
    void updateAndDeleteOutsideScopeFindNothing(String username, String grids) {
        Set<Long> scope = ids(grids);
        for (long grid : new long[]{101, 1011, 102, 201}) {
            CurrentUser.bind(DemoUsers.admin());
            View row = notices.create(new GridNoticeRequests.Create(grid, "矩阵测试-" + username, "正文", null));
            CurrentUser.bind(DemoUsers.byName(username));
            var change = new GridNoticeRequests.Update(grid, "已修改", "正文", null, row.version());
            if (scope.contains(grid)) {
                assertThat(notices.update(row.id(), change).title()).isEqualTo("已修改");
                notices.delete(row.id());
                assertThat(delFlag(row.id())).isEqualTo(1);
            } else {
                assertStatus(() -> notices.update(row.id(), change), 404);
                assertStatus(() -> notices.delete(row.id()), 404);
                assertThat(delFlag(row.id())).isZero();
                assertThat(jdbc.queryForObject("SELECT title FROM sys_grid_notice WHERE id = ?", String.class, row.id()))
                        .isEqualTo("矩阵测试-" + username);
            }
        }
    }

    @Test
    void insertIntoForeignGridIsForbiddenAndNothingIsWritten() {
        CurrentUser.bind(DemoUsers.byName("inspector2"));
        int before = count();
        assertStatus(() -> notices.create(new GridNoticeRequests.Create(101L, "越权发布", null, null)), 403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void movingOwnNoticeIntoForeignGridIsForbidden() {
        CurrentUser.bind(DemoUsers.byName("inspector1"));
        View row = notices.create(new GridNoticeRequests.Create(1011L, "子网格公告", null, null));
        assertStatus(() -> notices.update(row.id(),
                new GridNoticeRequests.Update(201L, "移走", null, null, row.version())), 403);
        assertThat(jdbc.queryForObject("SELECT grid_id FROM sys_grid_notice WHERE id = ?", Long.class, row.id()))
                .isEqualTo(1011L);
    }

    @Test
    void staleVersionIsAConflict() {
        CurrentUser.bind(DemoUsers.byName("inspector1"));
        View row = notices.create(new GridNoticeRequests.Create(101L, "版本测试", null, null));
        notices.update(row.id(), new GridNoticeRequests.Update(101L, "第一次", null, null, row.version()));
        assertStatus(() -> notices.update(row.id(),
                new GridNoticeRequests.Update(101L, "第二次", null, null, row.version())), 409);
    }

    @Test
    void withoutUserNothingIsVisibleUnlessRunAsSystem() {
        CurrentUser.clear();
        assertThat(notices.list(new GridNoticeRequests.Query(null, null, 1, 1000)).total()).isZero();
        long all = DataScopeContext.runAsSystem(() -> notices.list(new GridNoticeRequests.Query(null, null, 1, 1000)).total());
        assertThat(all).isEqualTo(count());
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).satisfies(e -> {
            Throwable t = e;
            while (t != null && !(t instanceof BizException)) {
                t = t.getCause();
            }
            assertThat(t).as("BizException in cause chain of %s", e).isNotNull();
            assertThat(((BizException) t).status()).isEqualTo(status);
        });
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_grid_notice WHERE del_flag = 0", Integer.class);
    }

    private int delFlag(long id) {
        return jdbc.queryForObject("SELECT del_flag FROM sys_grid_notice WHERE id = ?", Integer.class, id);
    }

    private long seededGrid(long id) {
        return jdbc.queryForObject("SELECT grid_id FROM sys_grid_notice WHERE id = ?", Long.class, id);
    }

    private static Set<Long> ids(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(x -> !x.isEmpty()).map(Long::valueOf).collect(Collectors.toSet());
    }
}
