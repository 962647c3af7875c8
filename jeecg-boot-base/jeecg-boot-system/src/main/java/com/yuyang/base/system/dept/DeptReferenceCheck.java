package com.yuyang.base.system.dept;

import java.util.Optional;

/**
 * Implemented by features that reference departments (users, grids), so that a department in use cannot be
 * deleted without the department feature depending on them.
 */
public interface DeptReferenceCheck {

    /** A Chinese reason why the department cannot be deleted, or empty when this feature does not use it. */
    Optional<String> blocksDelete(long deptId);
}
