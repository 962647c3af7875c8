package com.yuyang.base.system.audit;

import com.yuyang.base.core.audit.AuditRecord;
import com.yuyang.base.core.audit.AuditSanitizer;
import com.yuyang.base.core.audit.AuditWriter;
import com.yuyang.base.core.security.AuthAuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Every authentication event (login, logout, failures, lockout, unlock, kick-out, password changes) becomes
 * an audit entry. Listens synchronously and hands over to the async writer, so an event published inside a
 * transaction that later rolls back (a failed login) is still recorded.
 */
@Component
public class AuthAuditListener {

    static final String MODULE = "认证";

    private final AuditWriter writer;

    public AuthAuditListener(AuditWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(AuthAuditEvent e) {
        writer.submit(new AuditRecord(
                LocalDateTime.now(),
                null,
                e.userId(),
                cut(e.username(), 64),
                cut(e.action() == null ? "AUTH" : e.action(), 32),
                MODULE,
                e.username() == null ? null : cut("user:" + e.username(), 255),
                null,
                null,
                cut(e.ip(), 64),
                e.success(),
                cut(AuditSanitizer.maskText(e.detail()), 500),
                null,
                null));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
