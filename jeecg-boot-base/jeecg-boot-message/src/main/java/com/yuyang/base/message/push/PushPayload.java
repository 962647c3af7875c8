package com.yuyang.base.message.push;

import com.yuyang.base.message.send.MessageSentEvent;

import java.time.LocalDateTime;

/** What an open browser receives for a new message (event name "message"); the body is fetched on click. */
public record PushPayload(long id, String type, String category, String title, String priority, boolean pinned,
                          String senderName, LocalDateTime createTime) {

    static PushPayload of(MessageSentEvent e) {
        return new PushPayload(e.messageId(), e.type(), e.category(), e.title(), e.priority(), e.pinned(),
                e.senderName(), e.createTime());
    }
}
