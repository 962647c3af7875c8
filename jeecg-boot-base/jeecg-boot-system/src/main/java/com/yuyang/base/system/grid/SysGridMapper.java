package com.yuyang.base.system.grid;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SysGridMapper extends BaseMapper<SysGrid> {
}
