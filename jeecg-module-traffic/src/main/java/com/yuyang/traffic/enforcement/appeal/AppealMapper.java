package com.yuyang.traffic.enforcement.appeal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AppealMapper extends BaseMapper<Appeal> {
}
