package com.yuyang.base.system.grid;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** sys_user_grid: which users are bound to which grids. */
@Mapper
public interface UserGridMapper {

    @Select("SELECT grid_id FROM sys_user_grid WHERE user_id = #{userId} ORDER BY grid_id")
    List<Long> gridIdsOfUser(@Param("userId") long userId);

    @Select("SELECT u.id, u.username, u.real_name FROM sys_user u JOIN sys_user_grid ug ON ug.user_id = u.id "
            + "WHERE ug.grid_id = #{gridId} AND u.del_flag = 0 ORDER BY u.id")
    List<GridRequests.Member> membersOf(@Param("gridId") long gridId);

    @Select("SELECT COUNT(*) FROM sys_user_grid WHERE grid_id = #{gridId}")
    long countUsers(@Param("gridId") long gridId);

    @Delete("DELETE FROM sys_user_grid WHERE user_id = #{userId}")
    int clearUser(@Param("userId") long userId);

    @Insert("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (#{userId}, #{gridId})")
    int bind(@Param("userId") long userId, @Param("gridId") long gridId);
}
