package com.yuyang.base.core.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.kv.LocalKvStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** P2: token sessions: signature, absolute maximum, revocation of one/all/others, cached-user refresh. */
class TokenSessionServiceTest {

    static final LoginUser USER = new LoginUser(42, "u42", "用户", 1, 10L, Set.of("inspector"), Set.of("a:b:c"), false);

    MutableClock clock;
    LocalKvStore kv;
    TokenSessionService sessions;
    TokenCodec codec;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
        kv = new LocalKvStore("t:");
        SecuritySettings settings = new SecuritySettings();
        settings.setTokenIdleMinutes(30);
        settings.setTokenMaxHours(12);
        codec = new TokenCodec("unit-test-secret-unit-test-secret-0123456789");
        sessions = new TokenSessionService(kv, codec, settings, new ObjectMapper(), clock);
    }

    @Test
    void p2_createdTokenResolvesToTheUser() {
        String token = sessions.create(USER, "127.0.0.1", "junit", "PASSWORD");
        assertThat(sessions.resolve(token)).get().extracting(TokenSession::user).isEqualTo(USER);
    }

    @Test
    void p2_tokenSignedWithAnotherSecretIsRejected() {
        String token = sessions.create(USER, null, null, "PASSWORD");
        TokenCodec other = new TokenCodec("another-secret-another-secret-0123456789");
        String[] p = token.split("\\.");
        String forged = other.encode(new TokenCodec.Claims(Long.parseLong(p[1]), p[2]));
        assertThat(sessions.resolve(forged)).isEmpty();
        assertThat(sessions.resolve(token.replace("v1.42.", "v1.43."))).isEmpty();
        assertThat(sessions.resolve(null)).isEmpty();
        assertThat(sessions.resolve("x".repeat(500))).isEmpty();
    }

    @Test
    void p2_sessionNeverOutlivesTheAbsoluteMaximumEvenWhenActive() {
        String token = sessions.create(USER, null, null, "PASSWORD");
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(sessions.resolve(token)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sessions.resolve(token)).isEmpty();
        assertThat(kv.keys("auth:session:")).isEmpty();
    }

    @Test
    void p2_revokeOneAllAndOthers() {
        String a = sessions.create(USER, null, null, "PASSWORD");
        String b = sessions.create(USER, null, null, "PASSWORD");
        String c = sessions.create(USER, null, null, "SMS");
        LoginUser other = new LoginUser(420, "u420", "别人", 1, 10L, Set.of(), Set.of(), false);
        String d = sessions.create(other, null, null, "PASSWORD");

        sessions.revoke(a);
        assertThat(sessions.resolve(a)).isEmpty();
        sessions.revokeOthersOf(42, b);
        assertThat(sessions.resolve(b)).isPresent();
        assertThat(sessions.resolve(c)).isEmpty();
        sessions.revokeAllOf(42);
        assertThat(sessions.resolve(b)).isEmpty();
        assertThat(sessions.resolve(d)).as("user 420 is not user 42's prefix").isPresent();
        assertThat(sessions.list()).extracting(s -> s.user().id()).containsExactly(420L);
    }

    @Test
    void p2_refreshReplacesTheCachedUserKeepingTheLifetime() {
        String token = sessions.create(USER, null, null, "PASSWORD");
        long expires = sessions.resolve(token).orElseThrow().expiresAt();
        LoginUser promoted = new LoginUser(42, "u42", "用户", 1, 10L, Set.of("admin"), Set.of(), true);
        sessions.refresh(token, promoted);
        TokenSession s = sessions.resolve(token).orElseThrow();
        assertThat(s.user().admin()).isTrue();
        assertThat(s.expiresAt()).isEqualTo(expires);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
