package com.yuyang.base.core.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.kv.KvStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Issues, resolves, renews and revokes token sessions. A session lives in the KvStore under
 * {@code auth:session:<userId>:<sessionId>} so that all sessions of a user can be revoked by prefix.
 * Every successful resolve slides the idle expiry, but never beyond the absolute maximum.
 */
public class TokenSessionService {

    private static final Logger log = LoggerFactory.getLogger(TokenSessionService.class);
    static final String PREFIX = "auth:session:";

    private final KvStore kv;
    private final TokenCodec codec;
    private final SecuritySettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    /**
     * Sessions whose expiry this node slid recently: sliding again within a tenth of the idle time changes
     * nothing that matters, and skipping it saves a round trip on every request of a busy client.
     */
    private final Cache<String, Boolean> recentlySlid;
    /** Parsed session records by their stored text: the store is still read on every request, parsing is not. */
    private final Cache<String, TokenSession> parsed = Caffeine.newBuilder().maximumSize(20_000).build();

    public TokenSessionService(KvStore kv, TokenCodec codec, SecuritySettings settings, ObjectMapper json, Clock clock) {
        this.kv = kv;
        this.codec = codec;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.recentlySlid = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMillis(Math.min(30_000, Math.max(1, settings.idle().toMillis() / 10))))
                .maximumSize(100_000)
                .build();
    }

    public static String key(long userId, String sessionId) {
        return PREFIX + userId + ":" + sessionId;
    }

    /** Starts a session and returns its token. */
    public String create(LoginUser user, String ip, String userAgent, String loginType) {
        long now = clock.millis();
        String sid = codec.newSessionId();
        TokenSession s = new TokenSession(sid, user, now, now + settings.maxLifetime().toMillis(),
                ip, abbreviate(userAgent), loginType);
        kv.set(key(user.id(), sid), write(s), ttl(s, now));
        return codec.encode(new TokenCodec.Claims(user.id(), sid));
    }

    /** The live session of a token, renewed; empty when forged, revoked, idle-expired or past its maximum. */
    public Optional<TokenSession> resolve(String token) {
        Optional<TokenCodec.Claims> claims = codec.decode(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        String key = key(claims.get().userId(), claims.get().sessionId());
        Optional<TokenSession> session = kv.get(key).flatMap(this::read);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (now >= session.get().expiresAt()) {
            kv.delete(key);
            return Optional.empty();
        }
        // Sliding expiry (the GET above already proved the session alive; revocation stays immediate).
        if (recentlySlid.getIfPresent(key) == null) {
            if (!kv.expire(key, ttl(session.get(), now))) {
                return Optional.empty();
            }
            recentlySlid.put(key, Boolean.TRUE);
        }
        return session;
    }

    /** Replaces the cached user of a live session (e.g. after a role change), keeping its lifetime. */
    public void refresh(String token, LoginUser user) {
        codec.decode(token).ifPresent(c -> {
            String key = key(c.userId(), c.sessionId());
            kv.get(key).flatMap(this::read).ifPresent(s -> {
                TokenSession updated = new TokenSession(s.sessionId(), user, s.createdAt(), s.expiresAt(),
                        s.ip(), s.userAgent(), s.loginType());
                kv.set(key, write(updated), ttl(updated, clock.millis()));
            });
        });
    }

    public void revoke(String token) {
        codec.decode(token).ifPresent(c -> kv.delete(key(c.userId(), c.sessionId())));
    }

    public void revokeAllOf(long userId) {
        kv.deleteByPrefix(PREFIX + userId + ":");
    }

    /** Revokes every session of the user except the one of the given token (after a password change). */
    public void revokeOthersOf(long userId, String keepToken) {
        String keep = codec.decode(keepToken).map(c -> key(c.userId(), c.sessionId())).orElse("");
        for (String k : kv.keys(PREFIX + userId + ":")) {
            if (!k.equals(keep)) {
                kv.delete(k);
            }
        }
    }

    /** Live sessions, newest first; for the admin's "online users" page. */
    public List<TokenSession> list() {
        List<TokenSession> out = new ArrayList<>();
        long now = clock.millis();
        for (String k : kv.keys(PREFIX)) {
            kv.get(k).flatMap(this::read).filter(s -> s.expiresAt() > now).ifPresent(out::add);
        }
        out.sort(Comparator.comparingLong(TokenSession::createdAt).reversed());
        return out;
    }

    public void revokeSession(long userId, String sessionId) {
        kv.delete(key(userId, sessionId));
    }

    private Duration ttl(TokenSession s, long now) {
        long left = s.expiresAt() - now;
        return Duration.ofMillis(Math.max(1, Math.min(settings.idle().toMillis(), left)));
    }

    private String write(TokenSession s) {
        try {
            return json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise session", e);
        }
    }

    private Optional<TokenSession> read(String raw) {
        TokenSession known = parsed.getIfPresent(raw);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            TokenSession s = json.readValue(raw, TokenSession.class);
            parsed.put(raw, s);
            return Optional.of(s);
        } catch (JsonProcessingException e) {
            log.warn("Discarding unreadable session record: {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static String abbreviate(String s) {
        return s == null ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
