package com.yuyang.base.system.sms;

import com.baomidou.mybatisplus.annotation.TableName;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;

import java.time.LocalDateTime;

/** A sent SMS. The phone is encrypted (+ hash for search, + masked copy for display). */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(exclude = {"phoneEnc", "content"})
@TableName("sys_sms_outbox")
public class SysSmsOutbox extends AuditedEntity {
    private Long tenantId;
    @JsonIgnore
    private String phoneEnc;
    @JsonIgnore
    private String phoneHash;
    private String phoneMasked;
    private String template;
    private String content;
    private String provider;
    /** SENT, FAILED */
    private String status;
    private String error;
    private LocalDateTime sendTime;
}
