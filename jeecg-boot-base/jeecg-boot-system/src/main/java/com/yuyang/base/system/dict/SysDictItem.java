package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.dict.Dict;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

/** One item of a dictionary: the stored value and its Chinese label, with display order and a tag colour. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_dict_item")
public class SysDictItem extends AuditedEntity {
    private Long dictId;
    @TableField("item_value")
    private String value;
    @TableField("item_label")
    private String label;
    private Integer sortNo;
    @Dict("enable_status")
    private String status;
    private String color;
}
