package com.yuyang.traffic.safety.inspection;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface InspectionMapper extends BaseMapper<Inspection> {
}
