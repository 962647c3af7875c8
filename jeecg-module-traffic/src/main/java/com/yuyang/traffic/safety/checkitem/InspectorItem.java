package com.yuyang.traffic.safety.checkitem;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import lombok.Data;

import java.time.LocalDateTime;

/** A9: a check item bound to an inspector (the inspector's remit). */
@Data
@TableName("safety_inspector_item")
public class InspectorItem {

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private Long userId;
    private Long itemId;
    private String createBy;
    private LocalDateTime createTime;
}
