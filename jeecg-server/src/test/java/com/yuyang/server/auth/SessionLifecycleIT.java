package com.yuyang.server.auth;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.server.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P2: server-side token sessions in Redis: idle expiry, sliding renewal, admin kick-out of every session of
 * a user, the online list. The idle timeout is simulated by shortening the key's TTL, not by sleeping.
 */
class SessionLifecycleIT extends IntegrationTest {

    static final long USER_ID = 9201;
    static final String USERNAME = "session-user";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KvStore kv;
    @Autowired
    StringRedisTemplate redis;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        AuthFixtures.account(jdbc, USER_ID, USERNAME, 3);
    }

    private String sessionKey(String token) {
        String sid = token.split("\\.")[2];
        return "auth:session:" + USER_ID + ":" + sid;
    }

    @Test
    void p2_sessionIsStoredInRedisWithTheIdleTtl() {
        String token = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        Long ttl = redis.getExpire(TestDatabase.REDIS_PREFIX + sessionKey(token), TimeUnit.SECONDS);
        assertThat(ttl).isBetween(25L * 60, 30L * 60);
        assertThat(redis.opsForValue().get(TestDatabase.REDIS_PREFIX + sessionKey(token))).contains(USERNAME);
    }

    @Test
    void p2_idleSessionExpiresAndAnswers401() throws InterruptedException {
        String token = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        assertThat(http.get("/api/sys/user/info", token).status()).isEqualTo(200);
        kv.expire(sessionKey(token), Duration.ofMillis(50));
        Thread.sleep(200);
        Http.Answer after = http.get("/api/sys/user/info", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.message()).contains("登录已失效");
    }

    @Test
    void p2_useRenewsTheIdleExpiry() {
        String token = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        kv.expire(sessionKey(token), Duration.ofSeconds(20));
        assertThat(redis.getExpire(TestDatabase.REDIS_PREFIX + sessionKey(token), TimeUnit.SECONDS)).isLessThanOrEqualTo(20);
        assertThat(http.get("/api/sys/user/info", token).status()).isEqualTo(200);
        assertThat(redis.getExpire(TestDatabase.REDIS_PREFIX + sessionKey(token), TimeUnit.SECONDS))
                .as("sliding renewal back to the idle timeout").isGreaterThan(25L * 60);
    }

    @Test
    void p2_adminKickOutRevokesEverySessionOfTheUserAtOnce() {
        String first = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        String second = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        String bystander = http.login("inspector2", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.get("/api/sys/user/info", first).status()).isEqualTo(200);

        assertThat(http.post("/api/sys/user/" + USER_ID + "/kickout", bystander, "{}").status())
                .as("kick-out needs sys:user:kickout").isEqualTo(403);

        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.post("/api/sys/user/" + USER_ID + "/kickout", admin, "{}").status()).isEqualTo(200);
        assertThat(http.get("/api/sys/user/info", first).status()).isEqualTo(401);
        assertThat(http.get("/api/sys/user/info", second).status()).isEqualTo(401);
        assertThat(http.get("/api/sys/user/info", bystander).status()).as("other users stay logged in").isEqualTo(200);
        assertThat(http.get("/api/sys/user/info", admin).status()).isEqualTo(200);
    }

    @Test
    void p2_onlineSessionListForAdminsNeverShowsTokens() {
        String token = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        Http.Answer list = http.get("/api/sys/sessions", admin);
        assertThat(list.status()).isEqualTo(200);
        List<String> names = list.result().findValuesAsText("username");
        assertThat(names).contains(USERNAME, "admin");
        assertThat(list.raw()).doesNotContain(token).doesNotContain(token.split("\\.")[3]);
        assertThat(list.raw()).doesNotContain("permissions");
    }
}
