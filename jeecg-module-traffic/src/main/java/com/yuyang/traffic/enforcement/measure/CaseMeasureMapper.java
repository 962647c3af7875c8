package com.yuyang.traffic.enforcement.measure;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CaseMeasureMapper extends BaseMapper<CaseMeasure> {
}
