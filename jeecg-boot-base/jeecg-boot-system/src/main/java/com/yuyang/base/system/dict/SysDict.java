package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.dict.Dict;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** A dictionary: a code (e.g. {@code user_status}) naming a list of value → Chinese label items. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_dict")
public class SysDict extends AuditedEntity {
    private String code;
    private String name;
    private String description;
    /** ACTIVE or DISABLED; a disabled dictionary translates nothing */
    @Dict("enable_status")
    private String status;
}
