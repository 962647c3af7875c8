package com.yuyang.base.system.grid;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/** Path and level maintenance of the grid tree after a move. */
@Mapper
public interface GridTreeMapper {

    @Update("UPDATE sys_grid SET path = CONCAT(#{newPath}, SUBSTRING(path, CHAR_LENGTH(#{oldPath}) + 1)), "
            + "level_no = level_no + #{levelDelta}, dept_id = #{deptId} "
            + "WHERE path LIKE CONCAT(#{oldPath}, '%') AND id <> #{id}")
    int rebaseSubtree(@Param("oldPath") String oldPath, @Param("newPath") String newPath,
                      @Param("levelDelta") int levelDelta, @Param("deptId") long deptId, @Param("id") long id);
}
