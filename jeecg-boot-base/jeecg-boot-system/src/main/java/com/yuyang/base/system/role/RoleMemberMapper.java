package com.yuyang.base.system.role;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** sys_user_role: which users hold a role (owned by the role feature; users bind through it). */
@Mapper
public interface RoleMemberMapper {

    @Select("SELECT role_id FROM sys_user_role WHERE user_id = #{userId} ORDER BY role_id")
    List<Long> roleIdsOfUser(@Param("userId") long userId);

    @Select("SELECT COUNT(*) FROM sys_user_role WHERE role_id = #{roleId}")
    long countUsersOfRole(@Param("roleId") long roleId);

    @Select("SELECT user_id FROM sys_user_role WHERE role_id = #{roleId}")
    List<Long> userIdsOfRole(@Param("roleId") long roleId);

    @Delete("DELETE FROM sys_user_role WHERE user_id = #{userId}")
    int clearUser(@Param("userId") long userId);

    @Insert("INSERT INTO sys_user_role (user_id, role_id) VALUES (#{userId}, #{roleId})")
    int bind(@Param("userId") long userId, @Param("roleId") long roleId);
}
