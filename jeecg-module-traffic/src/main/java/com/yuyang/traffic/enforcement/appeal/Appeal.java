package com.yuyang.traffic.enforcement.appeal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** B7: one appeal of the enforced party against a case (seq 1 or 2), filed from the public case page. */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("enforcement_appeal")
public class Appeal extends AuditedEntity {

    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    private Long tenantId;
    private Long caseId;
    private Long gridId;
    private Integer seq;
    private String content;
    private String appellant;
    private String phoneEnc;
    private String phoneHash;
    private String media;
    private String status;
    private String reply;
    private Long repliedBy;
    private LocalDateTime replyTime;
    private String clientHash;
}
