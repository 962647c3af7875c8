package com.yuyang.base.system.grid.notice;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SysGridNoticeMapper extends BaseMapper<SysGridNotice> {
}
