package com.yuyang.traffic.safety.subject;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import lombok.Data;

import java.time.LocalDateTime;

/** A8: the enterprise account bound to its subject (one account per subject and one subject per account). */
@Data
@TableName("safety_subject_account")
public class SubjectAccount {

    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private Long subjectId;
    private Long userId;
    private String createBy;
    private LocalDateTime createTime;
}
