package com.yuyang.base.system.dept;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;


/** A unit or department; path is the materialised id path (/1/10/) for subtree queries. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_dept")
public class SysDept extends AuditedEntity {
    private Long tenantId;
    private Long parentId;
    private String path;
    private String name;
    private String code;
    /** UNIT (has a permission ceiling of its own) or DEPT */
    private String category;
    private Long leaderUserId;
    private Integer sortNo;
    private String status;
    private String remark;
}
