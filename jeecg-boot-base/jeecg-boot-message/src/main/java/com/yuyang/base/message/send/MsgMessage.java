package com.yuyang.base.message.send;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** msg_message: one message or notice, whoever receives it. Immutable once written (except deletion). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("msg_message")
public class MsgMessage extends AuditedEntity {
    private Long tenantId;
    private String type;
    private String category;
    private String title;
    private String content;
    private String bizType;
    private String bizId;
    private Long senderId;
    private String senderName;
    private Integer pinned;
    private String priority;
    private String dedupeKey;
    private String targets;
    private Integer recipientCount;
}
