package com.yuyang.base.message.send;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

@Mapper
public interface MsgMessageMapper extends BaseMapper<MsgMessage> {

    @Select("SELECT id FROM msg_message WHERE tenant_id = #{tenantId} AND dedupe_key = #{key}")
    Long idByDedupeKey(@Param("tenantId") long tenantId, @Param("key") String key);

    /** id and dedupe_key of the messages of a tenant holding one of the keys (batch send: one look-up per chunk). */
    @Select("<script>SELECT id, dedupe_key FROM msg_message WHERE tenant_id = #{tenantId} AND dedupe_key IN "
            + "<foreach collection='keys' item='k' open='(' separator=',' close=')'>#{k}</foreach></script>")
    List<MsgMessage> byDedupeKeys(@Param("tenantId") long tenantId, @Param("keys") Collection<String> keys);

    /** Several fully built messages (ids and audit columns set by the caller) in one statement. */
    @Insert("<script>INSERT INTO msg_message (id, tenant_id, type, category, title, content, biz_type, biz_id, sender_id,"
            + " sender_name, pinned, priority, dedupe_key, targets, recipient_count, version, del_flag, create_by,"
            + " create_time, update_by, update_time) VALUES <foreach collection='rows' item='m' separator=','>"
            + "(#{m.id}, #{m.tenantId}, #{m.type}, #{m.category}, #{m.title}, #{m.content}, #{m.bizType}, #{m.bizId},"
            + " #{m.senderId}, #{m.senderName}, #{m.pinned}, #{m.priority}, #{m.dedupeKey}, #{m.targets},"
            + " #{m.recipientCount}, #{m.version}, #{m.delFlag}, #{m.createBy}, #{m.createTime}, #{m.updateBy},"
            + " #{m.updateTime})</foreach></script>")
    int insertAll(@Param("rows") Collection<MsgMessage> rows);
}
