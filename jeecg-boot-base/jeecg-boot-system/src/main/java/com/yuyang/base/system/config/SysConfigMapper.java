package com.yuyang.base.system.config;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SysConfigMapper extends BaseMapper<SysConfig> {

    @Delete("DELETE FROM sys_config WHERE id = #{id}")
    int purge(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM sys_tenant WHERE id = #{id} AND del_flag = 0")
    int tenantExists(@Param("id") long id);
}
