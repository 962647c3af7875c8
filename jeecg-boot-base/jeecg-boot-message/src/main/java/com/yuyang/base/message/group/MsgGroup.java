package com.yuyang.base.message.group;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** msg_group: a named, reusable set of message targets (custom notification group, E3). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("msg_group")
public class MsgGroup extends AuditedEntity {
    private Long tenantId;
    private String name;
    private String remark;
}
