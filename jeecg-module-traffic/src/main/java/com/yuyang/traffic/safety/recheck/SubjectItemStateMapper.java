package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SubjectItemStateMapper extends BaseMapper<SubjectItemState> {
}
