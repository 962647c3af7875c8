package com.yuyang.traffic.safety.checkitem;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import lombok.Data;

import java.time.LocalDateTime;

/** A1: a check item applying to an industry, as a supervision item or as a self-check item. */
@Data
@TableName("safety_industry_item")
public class IndustryItem {

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private Long industryId;
    private Long itemId;
    private String kind;
    private String createBy;
    private LocalDateTime createTime;
}
