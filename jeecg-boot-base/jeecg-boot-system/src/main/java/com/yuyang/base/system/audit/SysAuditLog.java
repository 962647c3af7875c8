package com.yuyang.base.system.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.dict.Dict;
import lombok.Data;

import java.time.LocalDateTime;

/** A row of the append-only audit log (C1). */
@Data
@TableName("sys_audit_log")
public class SysAuditLog {
    @TableId(type = IdType.ASSIGN_ID)
    private Long id;
    private LocalDateTime logTime;
    private Long tenantId;
    private Long userId;
    private String username;
    private String action;
    private String module;
    private String target;
    private String httpMethod;
    private String path;
    private String ip;
    /** 1 success, 0 failure */
    @Dict("op_result")
    private Integer success;
    private String message;
    private Integer durationMs;
    private String requestSummary;
}
