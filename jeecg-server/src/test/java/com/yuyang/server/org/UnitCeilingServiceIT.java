package com.yuyang.server.org;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.UnitCeilingProvider;
import com.yuyang.base.system.dept.DeptRequests;
import com.yuyang.base.system.dept.DeptService;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** E1: the ceiling of a unit is that of the nearest unit on its path with ceiling rows; changes apply at once. */
class UnitCeilingServiceIT extends IntegrationTest {

    @Autowired
    DeptService depts;
    @Autowired
    UnitCeilingProvider ceilings;

    @AfterEach
    void reset() {
        CurrentUser.bind(DemoUsers.admin());
        depts.setCeiling(12L, List.of());
        CurrentUser.clear();
    }

    @Test
    void nearestUnitWithRowsDefinesTheCeilingAndChangesEvictTheCache() {
        CurrentUser.bind(DemoUsers.admin());
        assertThat(ceilings.ceilingOf(12L)).isEmpty();
        var child = depts.create(new DeptRequests.Save(12L, "路长办一组", "E1-LZB-1", "DEPT", null, 1, null, null, null));
        assertThat(ceilings.ceilingOf(child.id())).isEmpty();

        depts.setCeiling(12L, List.of(110L, 155L));
        assertThat(ceilings.ceilingOf(12L)).contains(Set.of("sys:user:list", "sys:grid-notice:list"));
        assertThat(ceilings.ceilingOf(child.id())).contains(Set.of("sys:user:list", "sys:grid-notice:list"));
        assertThat(ceilings.ceilingOf(11L)).isEmpty();

        depts.setCeiling(child.id(), List.of(155L));
        assertThat(ceilings.ceilingOf(child.id())).contains(Set.of("sys:grid-notice:list"));

        depts.setCeiling(child.id(), List.of());
        assertThat(ceilings.ceilingOf(child.id())).contains(Set.of("sys:user:list", "sys:grid-notice:list"));
        depts.delete(child.id());
    }
}
