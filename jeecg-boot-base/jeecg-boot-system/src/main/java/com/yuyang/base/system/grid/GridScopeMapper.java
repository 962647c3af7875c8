package com.yuyang.base.system.grid;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** The read side of data-scope resolution; everything by path prefix, no recursion. */
@Mapper
public interface GridScopeMapper {

    @Select("SELECT r.data_scope FROM sys_role r JOIN sys_user_role ur ON ur.role_id = r.id "
            + "WHERE ur.user_id = #{userId} AND r.del_flag = 0")
    List<String> dataScopesOfUser(@Param("userId") long userId);

    /** The user's bound grids and all their sub-grids. */
    @Select("SELECT DISTINCT g.id FROM sys_grid g JOIN sys_grid p ON g.path LIKE CONCAT(p.path, '%') "
            + "JOIN sys_user_grid ug ON ug.grid_id = p.id "
            + "WHERE ug.user_id = #{userId} AND g.del_flag = 0 AND p.del_flag = 0")
    List<Long> boundGridTreeOfUser(@Param("userId") long userId);

    /** Every grid owned by the user's department or a department below it. */
    @Select("SELECT DISTINCT g.id FROM sys_grid g JOIN sys_dept d ON d.id = g.dept_id "
            + "JOIN sys_dept ud ON d.path LIKE CONCAT(ud.path, '%') "
            + "JOIN sys_user u ON u.dept_id = ud.id "
            + "WHERE u.id = #{userId} AND g.del_flag = 0 AND d.del_flag = 0 AND ud.del_flag = 0")
    List<Long> deptGridsOfUser(@Param("userId") long userId);
}
