package com.yuyang.base.message.send;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface MsgMessageMapper extends BaseMapper<MsgMessage> {

    @Select("SELECT id FROM msg_message WHERE tenant_id = #{tenantId} AND dedupe_key = #{key}")
    Long idByDedupeKey(@Param("tenantId") long tenantId, @Param("key") String key);
}
