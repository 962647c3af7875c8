package com.yuyang.base.system.audit;

import com.yuyang.base.core.audit.AuditRecord;
import com.yuyang.base.core.audit.AuditSink;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Stores audit records in sys_audit_log, in a transaction of its own (never the request's). */
@Component
public class DbAuditSink implements AuditSink {

    private final SysAuditLogMapper mapper;

    public DbAuditSink(SysAuditLogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void store(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            SysAuditLog row = new SysAuditLog();
            row.setLogTime(r.time());
            row.setTenantId(r.tenantId());
            row.setUserId(r.userId());
            row.setUsername(r.username());
            row.setAction(r.action());
            row.setModule(r.module());
            row.setTarget(r.target());
            row.setHttpMethod(r.httpMethod());
            row.setPath(r.path());
            row.setIp(r.ip());
            row.setSuccess(r.success() ? 1 : 0);
            row.setMessage(r.message());
            row.setDurationMs(r.durationMs());
            row.setRequestSummary(r.requestSummary());
            mapper.insert(row);
        }
    }
}
