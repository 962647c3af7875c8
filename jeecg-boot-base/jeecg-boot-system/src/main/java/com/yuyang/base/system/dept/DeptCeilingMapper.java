package com.yuyang.base.system.dept;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/** sys_dept_permission: the permission ceiling rows of units. */
@Mapper
public interface DeptCeilingMapper {

    @Select({"<script>SELECT DISTINCT dept_id FROM sys_dept_permission WHERE dept_id IN ",
            "<foreach collection='deptIds' item='d' open='(' separator=',' close=')'>#{d}</foreach></script>"})
    List<Long> deptsWithCeiling(@Param("deptIds") Collection<Long> deptIds);

    @Select("SELECT p.code FROM sys_dept_permission dp JOIN sys_permission p ON p.id = dp.permission_id "
            + "WHERE dp.dept_id = #{deptId} AND p.del_flag = 0 AND p.code IS NOT NULL")
    List<String> codesOf(@Param("deptId") long deptId);

    @Select("SELECT permission_id FROM sys_dept_permission WHERE dept_id = #{deptId} ORDER BY permission_id")
    List<Long> permissionIdsOf(@Param("deptId") long deptId);

    @Delete("DELETE FROM sys_dept_permission WHERE dept_id = #{deptId}")
    int clear(@Param("deptId") long deptId);

    @Insert("INSERT INTO sys_dept_permission (dept_id, permission_id) VALUES (#{deptId}, #{permissionId})")
    int add(@Param("deptId") long deptId, @Param("permissionId") long permissionId);

    @Delete("DELETE FROM sys_dept_permission WHERE permission_id = #{permissionId}")
    int removePermission(@Param("permissionId") long permissionId);
}
