package com.yuyang.traffic.safety.subject;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SubjectAccountMapper extends BaseMapper<SubjectAccount> {
}
