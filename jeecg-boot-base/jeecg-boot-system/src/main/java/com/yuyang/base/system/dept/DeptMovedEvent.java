package com.yuyang.base.system.dept;

/** Published when a department moved in the tree: everything derived from department paths is stale. */
public record DeptMovedEvent(long deptId) {
}
