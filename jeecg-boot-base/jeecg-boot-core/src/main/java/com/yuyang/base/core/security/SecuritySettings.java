package com.yuyang.base.core.security;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code platform.security.*}: token lifetime, login throttling and which path prefixes need a token. */
@Data
@Component
@ConfigurationProperties(prefix = "platform.security")
public class SecuritySettings {

    /** HMAC-SHA256 key that signs tokens; prod refuses a short or development value. */
    private String tokenSecret;
    /** A session expires after this long without a request (sliding). */
    private int tokenIdleMinutes = 30;
    /** A session never lives longer than this, however active. */
    private int tokenMaxHours = 12;
    private int captchaAfterFailures = 3;
    private int lockAfterFailures = 5;
    private int lockMinutes = 10;
    private int captchaTtlSeconds = 120;
    /**
     * Path prefixes (compared case-insensitively on the normalised path) where every request needs a token
     * unless it reaches a handler marked {@link AnonymousAccess}; everything else (UI assets) is public.
     */
    private List<String> protectedPrefixes = new ArrayList<>(List.of("/api", "/actuator", "/jmreport", "/drag"));
    /**
     * Public paths inside the protected prefixes that no handler annotation can mark (actuator, static assets
     * of embedded tools): exact, or a prefix when ending in {@code /**}. Both the raw and the normalised path
     * must be public, so {@code ..} cannot climb out of a public prefix.
     */
    private List<String> publicPaths = new ArrayList<>(List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness"));
    /**
     * Prefixes whose pages are opened by the browser directly (report designer), where the token may also come
     * as the query parameter {@code token}; everywhere else only the header counts.
     */
    private List<String> queryTokenPrefixes = new ArrayList<>(List.of("/jmreport", "/drag"));

    public Duration idle() {
        return Duration.ofMinutes(tokenIdleMinutes);
    }

    public Duration maxLifetime() {
        return Duration.ofHours(tokenMaxHours);
    }
}
