package com.yuyang.base.core.audit;

import java.time.LocalDateTime;

/**
 * One entry of the audit log (C1). Built by the write audit filter or from an authentication event;
 * {@code requestSummary} and {@code message} are already stripped of secrets and full sensitive values.
 */
public record AuditRecord(
        LocalDateTime time,
        Long tenantId,
        Long userId,
        String username,
        String action,
        String module,
        String target,
        String httpMethod,
        String path,
        String ip,
        boolean success,
        String message,
        Integer durationMs,
        String requestSummary) {
}
