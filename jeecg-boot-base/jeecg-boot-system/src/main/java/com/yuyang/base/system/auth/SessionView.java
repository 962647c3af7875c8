package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.TokenSession;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** An online session as the admin sees it: never the token, only a short session-id prefix. */
public record SessionView(long userId, String username, String realName, String sessionId, String loginType,
                          String ip, String userAgent, LocalDateTime loginTime, LocalDateTime expiresAt) {

    static SessionView of(TokenSession s) {
        return new SessionView(s.user().id(), s.user().username(), s.user().realName(),
                s.sessionId().substring(0, Math.min(8, s.sessionId().length())), s.loginType(), s.ip(), s.userAgent(),
                time(s.createdAt()), time(s.expiresAt()));
    }

    private static LocalDateTime time(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
    }
}
