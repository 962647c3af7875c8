package com.yuyang.base.message.group;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface MsgGroupMapper extends BaseMapper<MsgGroup> {
}
