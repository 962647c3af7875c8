package com.yuyang.base.system.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The published read-only lookup of people for other modules (message centre, business
 * subsystems): who holds a role, who works in a grid or a department. Callers never touch system's
 * tables or mappers. Only active, not deleted users of the given tenant are returned.
 */
public interface UserDirectory {

    /** The ids among {@code userIds} that are active users of the tenant. */
    Set<Long> activeUsers(long tenantId, Collection<Long> userIds);

    /** Users holding any of the role codes. */
    Set<Long> usersWithRoles(long tenantId, Collection<String> roleCodes);

    /** Users bound to any of the grids or to one of their sub-grids. */
    Set<Long> usersInGrids(long tenantId, Collection<Long> gridIds);

    /** Users of any of the departments or of one of their sub-departments. */
    Set<Long> usersInDepts(long tenantId, Collection<Long> deptIds);

    /** The role codes among {@code roleCodes} that exist in the tenant (to reject unknown targets). */
    Set<String> existingRoleCodes(long tenantId, Collection<String> roleCodes);

    Set<Long> existingGridIds(long tenantId, Collection<Long> gridIds);

    Set<Long> existingDeptIds(long tenantId, Collection<Long> deptIds);

    /** Display data of users by id (deleted users included, so that history stays readable). */
    Map<Long, UserRef> users(Collection<Long> userIds);

    record UserRef(long id, String username, String realName, Long deptId) {
    }
}
