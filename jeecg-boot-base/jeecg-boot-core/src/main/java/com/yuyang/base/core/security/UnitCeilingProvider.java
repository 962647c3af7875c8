package com.yuyang.base.core.security;

import java.util.Optional;
import java.util.Set;

/**
 * The permission ceiling of a unit (department): a user's effective permissions never exceed it (E1).
 * Empty means the unit has no ceiling configured (inherits its parent's; the root has none).
 */
public interface UnitCeilingProvider {

    Optional<Set<String>> ceilingOf(Long deptId);
}
