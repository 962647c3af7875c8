package com.yuyang.base.system.role;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;


/** A role; dataScope is ALL, DEPT (the department's grids) or GRID (own grids and sub-grids). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_role")
public class SysRole extends AuditedEntity {
    private Long tenantId;
    private String code;
    private String name;
    private String dataScope;
    private String remark;
}
