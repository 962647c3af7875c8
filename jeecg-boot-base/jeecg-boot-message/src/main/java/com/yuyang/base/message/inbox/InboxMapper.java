package com.yuyang.base.message.inbox;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.yuyang.base.message.inbox.InboxRequests.MyMessage;
import com.yuyang.base.message.inbox.InboxRequests.SentMessage;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Read side of the inbox: the recipient row of the caller joined with its message. */
@Mapper
public interface InboxMapper {

    String MY_COLUMNS = "m.id, m.type, m.category, m.title, m.content, m.biz_type, m.biz_id, m.sender_name,"
            + " m.pinned, m.priority, m.create_time, r.read_at";

    @Select("<script>SELECT " + MY_COLUMNS + " FROM msg_recipient r"
            + " JOIN msg_message m ON m.id = r.message_id AND m.del_flag = 0"
            + " WHERE r.user_id = #{userId} AND r.deleted = 0"
            + "<if test=\"status == 'unread'\"> AND r.read_at IS NULL</if>"
            + "<if test=\"status == 'read'\"> AND r.read_at IS NOT NULL</if>"
            + "<if test='type != null'> AND m.type = #{type}</if>"
            + "<if test='category != null'> AND m.category = #{category}</if>"
            + "<if test='keyword != null'> AND (m.title LIKE #{keyword} OR m.content LIKE #{keyword})</if>"
            + " ORDER BY m.pinned DESC, m.create_time DESC, m.id DESC</script>")
    IPage<MyMessage> my(IPage<MyMessage> page, @Param("userId") long userId, @Param("status") String status,
                        @Param("type") String type, @Param("category") String category,
                        @Param("keyword") String keyword);

    @Select("SELECT " + MY_COLUMNS + " FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id AND m.del_flag = 0"
            + " WHERE r.message_id = #{messageId} AND r.user_id = #{userId} AND r.deleted = 0")
    MyMessage one(@Param("messageId") long messageId, @Param("userId") long userId);

    @Select("<script>SELECT m.id, m.type, m.category, m.title, m.pinned, m.priority, m.create_time, m.recipient_count,"
            + " (SELECT COUNT(*) FROM msg_recipient r WHERE r.message_id = m.id AND r.read_at IS NOT NULL) AS read_count"
            + " FROM msg_message m WHERE m.sender_id = #{userId} AND m.del_flag = 0"
            + "<if test='type != null'> AND m.type = #{type}</if>"
            + "<if test='keyword != null'> AND m.title LIKE #{keyword}</if>"
            + " ORDER BY m.create_time DESC, m.id DESC</script>")
    IPage<SentMessage> sent(IPage<SentMessage> page, @Param("userId") long userId, @Param("type") String type,
                            @Param("keyword") String keyword);
}
