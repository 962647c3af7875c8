package com.yuyang.base.system.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read-only view of the organisation that business modules need (departments, grid coverage,
 * leadership) without touching system tables themselves. Grid coverage follows the grid tree: a user bound
 * to a grid covers that grid and every sub-grid below it.
 */
public interface OrgDirectory {

    /** A user covering a grid: the grid itself, and the user's department with its materialised path. */
    record GridMember(long userId, long gridId, Long deptId, String deptPath) {
    }

    /** Every (active user, covered grid) pair for the given grids; one query. */
    List<GridMember> membersCovering(Set<Long> gridIds);

    /** The grids a user covers (bound grids and all their sub-grids). */
    Set<Long> gridsCoveredBy(long userId);

    Optional<Long> deptOf(long userId);

    /** The parent department, empty at the root. */
    Optional<Long> parentDept(long deptId);

    /** The department's materialised path ('/1/10/'), empty when unknown. */
    Optional<String> deptPath(long deptId);

    /** Whether the user leads the given department or one of its ancestors (sys_dept.leader_user_id). */
    boolean leadsDeptOrAncestor(long leaderId, long deptId);

    Optional<String> realName(long userId);

    /** Every department's materialised path by id (small table, one query). */
    Map<Long, String> deptPaths();

    /** The grid and every grid below it. */
    Set<Long> gridSubtree(long gridId);

    /** The department and every department below it. */
    Set<Long> deptSubtree(long deptId);

    /**
     * Grid names by id for the given grids (one query; statistics label their "by grid" rows with it). Deleted grids
     * keep their name, so figures of the past stay labelled; unknown ids are absent from the map.
     */
    Map<Long, String> gridNames(Collection<Long> gridIds);

    /** Display names of departments by id (deleted ones included, so that a trail stays readable). */
    Map<Long, String> deptNames(Collection<Long> deptIds);

    /** A department or grid as a node of its tree, for pickers and for showing names where rows hold ids. */
    record Node(long id, long parentId, String name) {
    }

    /** Every grid (not deleted), in tree order of sort number; small table, one query. */
    List<Node> grids();

    /** Every department (not deleted), in tree order of sort number; small table, one query. */
    List<Node> depts();
}
