package com.yuyang.base.system.permission;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;


/** One node of the menu/page/button/API permission tree. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_permission")
public class SysPermission extends AuditedEntity {
    private Long parentId;
    /** MENU, PAGE, BUTTON or API */
    private String type;
    private String code;
    private String name;
    private String path;
    private String component;
    private String icon;
    private Integer sortNo;
    private Integer hidden;
}
