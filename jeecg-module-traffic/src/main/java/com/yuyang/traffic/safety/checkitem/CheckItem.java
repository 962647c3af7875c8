package com.yuyang.traffic.safety.checkitem;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.math.BigDecimal;

/** A3 check item (online form safety_check_item): recheck cycle and penalty range. */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("safety_check_item")
public class CheckItem extends AuditedEntity {
    private Long tenantId;
    private String name;
    private String itemGroup;
    private Integer cycleDays;
    private BigDecimal penaltyMin;
    private BigDecimal penaltyMax;
    private String content;
    private String description;
    private Integer sortNo;
    private String status;
}
