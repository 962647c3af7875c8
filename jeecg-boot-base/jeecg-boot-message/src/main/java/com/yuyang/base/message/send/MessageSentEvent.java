package com.yuyang.base.message.send;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Published inside the sending transaction; the push listener acts on it only after commit, so a
 * browser is never told about a message that was rolled back.
 */
public record MessageSentEvent(long messageId, String type, String category, String title, String priority,
                               boolean pinned, String senderName, LocalDateTime createTime, Set<Long> userIds) {
}
