package com.yuyang.base.system.user;

import com.baomidou.mybatisplus.annotation.TableName;
import com.yuyang.base.core.entity.AuditedEntity;
import lombok.Data;
import lombok.EqualsAndHashCode;

import java.time.LocalDateTime;

/** A platform account; phone and ID number are only ever stored encrypted (+ keyed hash). */
@Data
@EqualsAndHashCode(callSuper = true)
@TableName("sys_user")
public class SysUser extends AuditedEntity {
    private Long tenantId;
    private String username;
    private String passwordHash;
    private String realName;
    private String phoneEnc;
    private String phoneHash;
    private String idCardEnc;
    private String idCardHash;
    private String email;
    private Long deptId;
    private Long positionId;
    /** STAFF or ENTERPRISE (subject accounts) or DRIVER */
    private String userType;
    /** ACTIVE or DISABLED; a lock is time-bound and kept in lockUntil */
    private String status;
    private Integer failedCount;
    private LocalDateTime lockUntil;
    private LocalDateTime passwordChangedAt;
    private LocalDateTime lastLoginAt;
    private String lastLoginIp;
}
