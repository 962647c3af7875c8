package com.yuyang.base.core.security;

/**
 * Published by the authentication service for every login, logout, failure, lockout, unlock and kick-out,
 * so that the audit log records them without the two knowing each other. Never carries a password or code.
 *
 * @param action LOGIN, LOGIN_FAILED, LOGOUT, LOCKED, UNLOCKED, KICKED_OUT, PASSWORD_CHANGED, PASSWORD_RESET, SMS_LOGIN
 */
public record AuthAuditEvent(Long userId, String username, String action, boolean success, String ip, String detail) {
}
