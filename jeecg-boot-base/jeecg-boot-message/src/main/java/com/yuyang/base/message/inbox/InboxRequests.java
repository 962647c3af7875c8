package com.yuyang.base.message.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Query parameters and views of "my messages". */
public final class InboxRequests {

    private InboxRequests() {
    }

    public record MyQuery(
            @Pattern(regexp = "all|unread|read", message = "状态只能是 all、unread 或 read") String status,
            @Pattern(regexp = "MESSAGE|NOTICE", message = "类型只能是 MESSAGE 或 NOTICE") String type,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "分类格式不正确") String category,
            @Size(max = 100, message = "关键字不能超过 100 个字符") String keyword,
            @Min(value = 1, message = "页码必须大于等于 1") Integer pageNo,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 200, message = "每页条数不能超过 200") Integer pageSize) {
    }

    public record SentQuery(
            @Pattern(regexp = "MESSAGE|NOTICE", message = "类型只能是 MESSAGE 或 NOTICE") String type,
            @Size(max = 100, message = "关键字不能超过 100 个字符") String keyword,
            @Min(value = 1, message = "页码必须大于等于 1") Integer pageNo,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 200, message = "每页条数不能超过 200") Integer pageSize) {
    }

    /** One message as its recipient sees it. */
    public record MyMessage(Long id, String type, String category, String title, String content, String bizType,
                            String bizId, String senderName, boolean pinned, String priority,
                            LocalDateTime createTime, LocalDateTime readAt) {
        public boolean isRead() {
            return readAt != null;
        }
    }

    /** One message as its sender sees it. */
    public record SentMessage(Long id, String type, String category, String title, boolean pinned, String priority,
                              LocalDateTime createTime, int recipientCount, int readCount) {
    }
}
