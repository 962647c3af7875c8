package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.AuthAuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link AuthAuditEvent}s; the audit log listens. Never passes a password or a code. */
@Component
public class AuthEvents {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKED = "LOCKED";
    public static final String UNLOCKED = "UNLOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String KICKED_OUT = "KICKED_OUT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String SMS_LOGIN = "SMS_LOGIN";

    private final ApplicationEventPublisher publisher;

    public AuthEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(Long userId, String username, String action, boolean success, String ip, String detail) {
        publisher.publishEvent(new AuthAuditEvent(userId, username, action, success, ip, detail));
    }
}
