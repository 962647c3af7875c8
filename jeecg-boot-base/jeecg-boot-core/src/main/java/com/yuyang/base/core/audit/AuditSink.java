package com.yuyang.base.core.audit;

import java.util.List;

/** Stores audit records (the system module writes them to sys_audit_log). Called off the request thread. */
public interface AuditSink {

    void store(List<AuditRecord> records);
}
