package com.yuyang.base.system.position;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** A job position (岗位) users hold. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_position")
public class SysPosition extends AuditedEntity {
    private Long tenantId;
    private String code;
    private String name;
    private Integer sortNo;
}
