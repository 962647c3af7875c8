package com.yuyang.traffic.enforcement.measure;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * B9: a measure chosen for a case from the catalogue. Name and type are copied from the catalogue entry so a
 * later edit of the catalogue never rewrites a decided case; the class's fine range at decision time is kept
 * with it, and {@code outOfRange} flags a fine outside it (confirmed explicitly by {@code confirmedBy}).
 */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("enforcement_case_measure")
public class CaseMeasure extends AuditedEntity {
    private Long tenantId;
    private Long caseId;
    private Long gridId;
    private Long subjectId;
    private Long categoryId;
    private Long measureId;
    private String measureType;
    private String measureName;
    private BigDecimal amount;
    private Integer durationDays;
    private BigDecimal rangeMin;
    private BigDecimal rangeMax;
    private Integer outOfRange;
    private Long confirmedBy;
    private String note;
    private LocalDateTime publishedTime;
    private LocalDate effectiveUntil;
}
