package com.yuyang.base.message.send;

import java.time.LocalDateTime;

/** One msg_recipient row of a multi-row insert spanning several messages (batch send). */
public final class RecipientRow {
    private final long messageId;
    private final long userId;
    private final long tenantId;
    private final LocalDateTime createTime;

    RecipientRow(long messageId, long userId, long tenantId, LocalDateTime createTime) {
        this.messageId = messageId;
        this.userId = userId;
        this.tenantId = tenantId;
        this.createTime = createTime;
    }

    public long getMessageId() { return messageId; }

    public long getUserId() { return userId; }

    public long getTenantId() { return tenantId; }

    public LocalDateTime getCreateTime() { return createTime; }
}
