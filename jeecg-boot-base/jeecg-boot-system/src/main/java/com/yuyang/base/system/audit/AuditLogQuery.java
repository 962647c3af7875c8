package com.yuyang.base.system.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** Search filters of the audit log; all optional. Times as {@code yyyy-MM-dd HH:mm:ss}. */
public record AuditLogQuery(
        @Size(max = 64, message = "用户名不能超过 64 个字符") String username,
        @Min(value = 1, message = "用户编号不正确") Long userId,
        @Size(max = 32, message = "操作类型不能超过 32 个字符") @Pattern(regexp = "^[A-Z_]*$", message = "操作类型只能包含大写字母和下划线") String action,
        @Size(max = 64, message = "模块不能超过 64 个字符") String module,
        @Pattern(regexp = "^(SUCCESS|FAILURE)?$", message = "结果只能是 SUCCESS 或 FAILURE") String result,
        @Size(max = 64, message = "IP 不能超过 64 个字符") @Pattern(regexp = "^[0-9a-fA-F:.]*$", message = "IP 格式不正确") String ip,
        @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime from,
        @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime to,
        @Min(value = 1, message = "页码从 1 开始") Long pageNo,
        @Min(value = 1, message = "每页条数至少为 1") @Max(value = 200, message = "每页条数不能超过 200") Long pageSize) {
}
