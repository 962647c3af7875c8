package com.yuyang.base.system.config;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.dict.Dict;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** A configuration item; {@code tenantId == null} is the system-wide value, a tenant row overrides it. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_config")
public class SysConfig extends AuditedEntity {
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Long tenantId;
    private String configKey;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String configValue;
    /** STRING, INT, BOOL or JSON */
    @Dict("config_value_type")
    private String valueType;
    private String description;
    /** 0 = shown but not editable through the admin API (set by migrations only) */
    @Dict("yes_no")
    private Integer editable;
}
