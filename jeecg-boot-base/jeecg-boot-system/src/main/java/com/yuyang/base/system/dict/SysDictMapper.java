package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SysDictMapper extends BaseMapper<SysDict> {

    /** physical delete: the code must be reusable (unique index) */
    @Delete("DELETE FROM sys_dict WHERE id = #{id}")
    int purge(@Param("id") long id);
}
