package com.yuyang.base.message.notice;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.yuyang.base.message.notice.NoticeRequests.Row;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;

/** Read side of the notice administration. */
@Mapper
public interface NoticeMapper {

    record RecipientRow(long userId, LocalDateTime readAt) {
    }

    @Select("<script>SELECT m.id, m.title, m.sender_name, m.pinned, m.priority, m.create_time, m.recipient_count,"
            + " (SELECT COUNT(*) FROM msg_recipient r WHERE r.message_id = m.id AND r.read_at IS NOT NULL) AS read_count"
            + " FROM msg_message m WHERE m.tenant_id = #{tenantId} AND m.type = 'NOTICE' AND m.del_flag = 0"
            + "<if test='keyword != null'> AND m.title LIKE #{keyword}</if>"
            + " ORDER BY m.pinned DESC, m.create_time DESC, m.id DESC</script>")
    IPage<Row> list(IPage<Row> page, @Param("tenantId") long tenantId, @Param("keyword") String keyword);

    @Select("SELECT user_id, read_at FROM msg_recipient WHERE message_id = #{messageId} ORDER BY user_id")
    List<RecipientRow> recipients(@Param("messageId") long messageId);
}
