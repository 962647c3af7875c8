package com.yuyang.base.system.grid;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.system.dept.DeptMovedEvent;
import com.yuyang.base.system.dept.DeptReferenceCheck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Grids hang off departments: a department with grids cannot be deleted, and a move changes DEPT scopes. */
@Component
class GridDeptReference implements DeptReferenceCheck {

    private final SysGridMapper grids;
    private final DataScopeCache scopeCache;

    GridDeptReference(SysGridMapper grids, DataScopeCache scopeCache) {
        this.grids = grids;
        this.scopeCache = scopeCache;
    }

    @Override
    public Optional<String> blocksDelete(long deptId) {
        return grids.selectCount(new LambdaQueryWrapper<SysGrid>().eq(SysGrid::getDeptId, deptId)) > 0
                ? Optional.of("该部门下存在网格，不能删除") : Optional.empty();
    }

    @EventListener
    public void onDeptMoved(DeptMovedEvent e) {
        scopeCache.evictAll();
    }
}
