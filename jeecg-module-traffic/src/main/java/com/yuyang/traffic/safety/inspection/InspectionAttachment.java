package com.yuyang.traffic.safety.inspection;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import lombok.Data;

import java.time.LocalDateTime;

/** A6: a photo or video attached to an item result (a traffic_file id). */
@Data
@TableName("safety_inspection_attachment")
public class InspectionAttachment {

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private Long inspectionId;
    private Long resultId;
    private Long fileId;
    private String createBy;
    private LocalDateTime createTime;
}
