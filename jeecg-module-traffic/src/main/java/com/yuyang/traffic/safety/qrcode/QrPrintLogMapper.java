package com.yuyang.traffic.safety.qrcode;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface QrPrintLogMapper extends BaseMapper<QrPrintLog> {
}
