package com.yuyang.base.system.position;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SysPositionMapper extends BaseMapper<SysPosition> {
}
