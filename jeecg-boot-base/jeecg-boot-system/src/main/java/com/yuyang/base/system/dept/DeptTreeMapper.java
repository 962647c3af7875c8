package com.yuyang.base.system.dept;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/** Path maintenance of the department tree after a move. */
@Mapper
public interface DeptTreeMapper {

    /** Rewrites the path prefix of every descendant (the moved node itself is already updated). */
    @Update("UPDATE sys_dept SET path = CONCAT(#{newPath}, SUBSTRING(path, CHAR_LENGTH(#{oldPath}) + 1)) "
            + "WHERE path LIKE CONCAT(#{oldPath}, '%') AND id <> #{id}")
    int rebaseSubtree(@Param("oldPath") String oldPath, @Param("newPath") String newPath, @Param("id") long id);
}
