package com.yuyang.base.system.role;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** sys_role_permission: the grants of roles. */
@Mapper
public interface RolePermissionMapper {

    @Select("SELECT permission_id FROM sys_role_permission WHERE role_id = #{roleId} ORDER BY permission_id")
    List<Long> permissionIdsOf(@Param("roleId") long roleId);

    @Delete("DELETE FROM sys_role_permission WHERE role_id = #{roleId}")
    int clear(@Param("roleId") long roleId);

    @Insert("INSERT INTO sys_role_permission (role_id, permission_id) VALUES (#{roleId}, #{permissionId})")
    int grant(@Param("roleId") long roleId, @Param("permissionId") long permissionId);

    @Delete("DELETE FROM sys_role_permission WHERE permission_id = #{permissionId}")
    int removePermission(@Param("permissionId") long permissionId);
}
