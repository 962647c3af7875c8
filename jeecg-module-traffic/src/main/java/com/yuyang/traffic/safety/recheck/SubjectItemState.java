package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** A3: last result and next due instant of one subject and check item; version guards concurrent inspections. */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("safety_subject_item_state")
public class SubjectItemState extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private Long subjectId;
    private Long itemId;
    private String lastResult;
    private Long lastInspectionId;
    private LocalDateTime lastCheckedAt;
    private LocalDateTime dueAt;
    private Long assignedInspectorId;
}
