package com.yuyang.traffic.safety.qrcode;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** A2/A10: the immutable code of a subject; BOUND or UNBOUND (suspended, cancelled, closed). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("safety_subject_qrcode")
public class SubjectQrCode extends AuditedEntity {
    private Long tenantId;
    private Long subjectId;
    private String code;
    private String status;
    private String unbindReason;
    private String unboundBy;
    private LocalDateTime unboundTime;
    private Integer printCount;
}
