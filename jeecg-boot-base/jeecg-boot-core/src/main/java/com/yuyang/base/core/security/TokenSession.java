package com.yuyang.base.core.security;

/**
 * The server-side record of one login: who, from where, and until when at most. Stored as JSON in the
 * KvStore; its key's TTL is the idle expiry, {@code expiresAt} the absolute limit.
 */
public record TokenSession(
        String sessionId,
        LoginUser user,
        long createdAt,
        long expiresAt,
        String ip,
        String userAgent,
        String loginType) {
}
