package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** A3: a due subject/item pair handed to the responsible inspector by the recheck job (unique per due instant). */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("safety_recheck_assignment")
public class RecheckAssignment extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private Long subjectId;
    private Long itemId;
    private LocalDateTime dueAt;
    private Long inspectorId;
    private String status;
    private Long doneInspectionId;
    /** the responsible inspector the job took the pair from (A3 reassignment), null when not reassigned */
    private Long reassignedFrom;
    /** why the pair was reassigned or left unassigned */
    private String note;
}
