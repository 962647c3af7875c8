package com.yuyang.traffic.safety.inspection;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A6: one inspection of a subject by an inspector (header of the item results). */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("safety_inspection")
public class Inspection extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private Long subjectId;
    private Long inspectorId;
    private String checkType;
    private Long sourceId;
    private LocalDateTime checkedAt;
    private Integer qualifiedCount;
    private Integer unqualifiedCount;
    private Integer ignoredCount;
    private String remark;
    private BigDecimal longitude;
    private BigDecimal latitude;
}
