package com.yuyang.base.message.send;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.time.LocalDateTime;
import java.util.Collection;

/** msg_recipient: one row per (message, user); the key of every per-user query. */
@Mapper
public interface RecipientMapper {

    @Insert("<script>INSERT INTO msg_recipient (message_id, user_id, tenant_id, deleted, create_time) VALUES "
            + "<foreach collection='userIds' item='u' separator=','>(#{messageId}, #{u}, #{tenantId}, 0, #{now})</foreach>"
            + "</script>")
    int insertAll(@Param("messageId") long messageId, @Param("tenantId") long tenantId,
                  @Param("userIds") Collection<Long> userIds, @Param("now") LocalDateTime now);

    /** Rows of several messages in one statement (batch send); all values bound. */
    @Insert("<script>INSERT INTO msg_recipient (message_id, user_id, tenant_id, deleted, create_time) VALUES "
            + "<foreach collection='rows' item='r' separator=','>(#{r.messageId}, #{r.userId}, #{r.tenantId}, 0, #{r.createTime})</foreach>"
            + "</script>")
    int insertRows(@Param("rows") Collection<RecipientRow> rows);

    @Select("SELECT COUNT(*) FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id AND m.del_flag = 0"
            + " WHERE r.user_id = #{userId} AND r.deleted = 0 AND r.read_at IS NULL")
    long unreadCount(@Param("userId") long userId);

    @Update("UPDATE msg_recipient SET read_at = #{now} WHERE message_id = #{messageId} AND user_id = #{userId}"
            + " AND deleted = 0 AND read_at IS NULL")
    int markRead(@Param("messageId") long messageId, @Param("userId") long userId, @Param("now") LocalDateTime now);

    @Update("UPDATE msg_recipient SET read_at = #{now} WHERE user_id = #{userId} AND deleted = 0 AND read_at IS NULL")
    int markAllRead(@Param("userId") long userId, @Param("now") LocalDateTime now);

    @Update("UPDATE msg_recipient SET deleted = 1 WHERE message_id = #{messageId} AND user_id = #{userId} AND deleted = 0")
    int hide(@Param("messageId") long messageId, @Param("userId") long userId);

    @Select("SELECT COUNT(*) FROM msg_recipient WHERE message_id = #{messageId} AND user_id = #{userId} AND deleted = 0")
    int isVisibleTo(@Param("messageId") long messageId, @Param("userId") long userId);
}
