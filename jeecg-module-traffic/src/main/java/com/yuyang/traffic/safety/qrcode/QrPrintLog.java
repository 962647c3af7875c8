package com.yuyang.traffic.safety.qrcode;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import lombok.Data;

import java.time.LocalDateTime;

/** A10: one print or download of a subject's QR code. */
@Data
@TableName("safety_qr_print_log")
public class QrPrintLog {

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private Long subjectId;
    private Long qrcodeId;
    private String action;
    private Integer copies;
    private Long userId;
    private String username;
    private LocalDateTime createTime;
}
