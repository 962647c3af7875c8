package com.yuyang.traffic.safety.checkitem;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface IndustryItemMapper extends BaseMapper<IndustryItem> {
}
