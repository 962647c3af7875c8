package com.yuyang.traffic.safety.inspection;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.datascope.GridScoped;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** A6: the result of one check item within an inspection. */
@Data
@EqualsAndHashCode(callSuper = true)
@GridScoped
@TableName("safety_inspection_result")
public class InspectionResult extends AuditedEntity {
    private Long tenantId;
    private Long gridId;
    private Long inspectionId;
    private Long subjectId;
    private Long itemId;
    private String result;
    private String remark;
}
