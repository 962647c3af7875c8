package com.yuyang.base.system.directory;

import com.yuyang.base.system.api.OrgDirectory;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/** Read-only queries behind {@link OrgDirectory}; paths instead of recursion. */
@Mapper
public interface OrgDirectoryMapper {

    @Select("<script>SELECT DISTINCT ug.user_id AS userId, g.id AS gridId, u.dept_id AS deptId, d.path AS deptPath "
            + "FROM sys_grid g JOIN sys_grid p ON g.path LIKE CONCAT(p.path, '%') "
            + "JOIN sys_user_grid ug ON ug.grid_id = p.id "
            + "JOIN sys_user u ON u.id = ug.user_id AND u.del_flag = 0 AND u.status = 'ACTIVE' "
            + "LEFT JOIN sys_dept d ON d.id = u.dept_id AND d.del_flag = 0 "
            + "WHERE g.del_flag = 0 AND p.del_flag = 0 AND g.id IN "
            + "<foreach collection='grids' item='g' open='(' separator=',' close=')'>#{g}</foreach></script>")
    List<OrgDirectory.GridMember> membersCovering(@Param("grids") Collection<Long> gridIds);

    @Select("SELECT DISTINCT g.id FROM sys_grid g JOIN sys_grid p ON g.path LIKE CONCAT(p.path, '%') "
            + "JOIN sys_user_grid ug ON ug.grid_id = p.id WHERE ug.user_id = #{userId} AND g.del_flag = 0 AND p.del_flag = 0")
    List<Long> gridsCoveredBy(@Param("userId") long userId);

    @Select("SELECT dept_id FROM sys_user WHERE id = #{userId} AND del_flag = 0")
    Long deptOf(@Param("userId") long userId);

    @Select("SELECT parent_id FROM sys_dept WHERE id = #{deptId} AND del_flag = 0")
    Long parentDept(@Param("deptId") long deptId);

    @Select("SELECT path FROM sys_dept WHERE id = #{deptId} AND del_flag = 0")
    String deptPath(@Param("deptId") long deptId);

    @Select("SELECT COUNT(*) FROM sys_dept d JOIN sys_dept a ON d.path LIKE CONCAT(a.path, '%') "
            + "WHERE d.id = #{deptId} AND a.leader_user_id = #{leaderId} AND a.del_flag = 0 AND d.del_flag = 0")
    int leadsDeptOrAncestor(@Param("leaderId") long leaderId, @Param("deptId") long deptId);

    @Select("SELECT real_name FROM sys_user WHERE id = #{userId} AND del_flag = 0")
    String realName(@Param("userId") long userId);

    @Select("SELECT d.id FROM sys_dept d JOIN sys_dept a ON d.path LIKE CONCAT(a.path, '%') "
            + "WHERE a.id = #{deptId} AND d.del_flag = 0 AND a.del_flag = 0")
    List<Long> deptSubtree(@Param("deptId") long deptId);

    @Select("SELECT id, path FROM sys_dept WHERE del_flag = 0")
    List<java.util.Map<String, Object>> deptPaths();

    @Select("SELECT g.id FROM sys_grid g JOIN sys_grid p ON g.path LIKE CONCAT(p.path, '%') "
            + "WHERE p.id = #{gridId} AND g.del_flag = 0 AND p.del_flag = 0")
    List<Long> gridSubtree(@Param("gridId") long gridId);

    /** Id and name of the given grids, deleted ones included (names of past figures). */
    @Select("<script>SELECT id, name FROM sys_grid WHERE id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<IdName> gridNames(@Param("ids") Collection<Long> gridIds);

    /** Id and name of the given departments, deleted ones included (a trail stays readable). */
    @Select("<script>SELECT id, name FROM sys_dept WHERE id IN "
            + "<foreach collection='ids' item='x' open='(' separator=',' close=')'>#{x}</foreach></script>")
    List<IdName> deptNames(@Param("ids") Collection<Long> deptIds);

    record IdName(long id, String name) {
    }

    @Select("SELECT id, parent_id AS parentId, name FROM sys_grid WHERE del_flag = 0 ORDER BY sort_no, id")
    List<OrgDirectory.Node> grids();

    @Select("SELECT id, parent_id AS parentId, name FROM sys_dept WHERE del_flag = 0 ORDER BY sort_no, id")
    List<OrgDirectory.Node> depts();
}
