package com.yuyang.base.system.tenant;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** A tenant; the platform runs single-tenant (id 1) by default. The contact phone is stored encrypted. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_tenant")
public class SysTenant extends AuditedEntity {
    private String name;
    private String code;
    private String status;
    private String contactName;
    private String contactPhoneEnc;
    private String remark;
}
