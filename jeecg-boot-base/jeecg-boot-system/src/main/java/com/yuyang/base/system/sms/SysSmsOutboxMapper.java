package com.yuyang.base.system.sms;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SysSmsOutboxMapper extends BaseMapper<SysSmsOutbox> {
}
