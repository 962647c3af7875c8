package com.yuyang.base.message.notice;

import com.yuyang.base.message.target.TargetRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

/** Request bodies and views of the notice administration. */
public final class NoticeRequests {

    private NoticeRequests() {
    }

    public record Publish(
            @NotBlank(message = "通知标题不能为空") @Size(max = 200, message = "通知标题不能超过 200 个字符") String title,
            @Size(max = 20000, message = "通知内容不能超过 20000 个字符") String content,
            Boolean pinned,
            @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "优先级只能是 LOW、NORMAL、HIGH 或 URGENT") String priority,
            @NotNull(message = "接收对象不能为空") @Valid TargetRequest targets) {
    }

    public record Query(
            @Size(max = 100, message = "关键字不能超过 100 个字符") String keyword,
            @Min(value = 1, message = "页码必须大于等于 1") Integer pageNo,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 200, message = "每页条数不能超过 200") Integer pageSize) {
    }

    /** A notice in the administration list, with its read figures. */
    public record Row(Long id, String title, String senderName, boolean pinned, String priority,
                      LocalDateTime createTime, int recipientCount, int readCount) {
    }

    public record Published(Long id, int recipients) {
    }

    /** One recipient of a notice with its read state. */
    public record Reader(long userId, String username, String realName, LocalDateTime readAt) {
    }

    public record Stats(Long id, String title, int recipientCount, int readCount, int unreadCount,
                        List<Reader> unread, List<Reader> read) {
    }
}
