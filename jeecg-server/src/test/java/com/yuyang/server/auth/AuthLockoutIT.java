package com.yuyang.server.auth;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P2: captcha after 3 failures, lockout after 5 (stored in the database), admin unlock, lock expiry. */
class AuthLockoutIT extends IntegrationTest {

    static final long USER_ID = 9101;
    static final String USERNAME = "lockout-user";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KvStore kv;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        AuthFixtures.account(jdbc, USER_ID, USERNAME, 3);
    }

    private Http.Answer attempt(String password, Map<String, String> captcha) {
        Map<String, String> body = new HashMap<>(captcha);
        body.put("username", USERNAME);
        body.put("password", password);
        return http.post("/api/sys/login", null, body);
    }

    private Map<String, String> freshCaptcha() {
        Http.Answer c = http.get("/api/sys/captcha", null);
        String key = c.result().path("key").asText();
        String code = kv.get("auth:captcha:" + key).orElseThrow();
        return Map.of("captchaKey", key, "captchaCode", code);
    }

    private int failedCount() {
        return jdbc.queryForObject("SELECT failed_count FROM sys_user WHERE id = ?", Integer.class, USER_ID);
    }

    @Test
    void p2_captchaRequiredAfterThreeFailuresAndWrongOrMissingCaptchaRefused() {
        assertThat(attempt("bad-Pass1!", Map.of()).result().path("captchaRequired").asBoolean()).isFalse();
        attempt("bad-Pass1!", Map.of());
        Http.Answer third = attempt("bad-Pass1!", Map.of());
        assertThat(third.status()).isEqualTo(401);
        assertThat(third.result().path("captchaRequired").asBoolean()).isTrue();

        // even the right password is refused without a captcha now
        Http.Answer noCaptcha = attempt(AuthFixtures.DEMO_PASSWORD, Map.of());
        assertThat(noCaptcha.status()).isEqualTo(400);
        assertThat(noCaptcha.message()).contains("验证码");
        assertThat(noCaptcha.result().path("captchaRequired").asBoolean()).isTrue();

        Map<String, String> captcha = freshCaptcha();
        Http.Answer wrong = attempt(AuthFixtures.DEMO_PASSWORD, Map.of("captchaKey", captcha.get("captchaKey"), "captchaCode", "0000x"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.message()).isEqualTo("图形验证码错误或已过期");
        // single use: the captcha was consumed by the wrong attempt
        assertThat(attempt(AuthFixtures.DEMO_PASSWORD, captcha).status()).isEqualTo(400);
        assertThat(failedCount()).as("captcha refusals are not password failures").isEqualTo(3);

        Http.Answer ok = attempt(AuthFixtures.DEMO_PASSWORD, freshCaptcha());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(failedCount()).isZero();
    }

    @Test
    void p2_lockoutAfterFiveFailuresSaysUntilWhenAndHoldsEvenForTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            attempt("bad-Pass1!", Map.of());
        }
        assertThat(attempt("bad-Pass1!", freshCaptcha()).status()).isEqualTo(401);
        Http.Answer fifth = attempt("bad-Pass1!", freshCaptcha());
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.message()).contains("已锁定至");
        assertThat(fifth.result().path("lockedUntil").asText()).isNotBlank();

        Timestamp until = jdbc.queryForObject("SELECT lock_until FROM sys_user WHERE id = ?", Timestamp.class, USER_ID);
        assertThat(until).isNotNull();
        assertThat(until.toLocalDateTime()).isAfter(LocalDateTime.now().plusMinutes(9));
        assertThat(failedCount()).isEqualTo(5);

        Http.Answer locked = attempt(AuthFixtures.DEMO_PASSWORD, freshCaptcha());
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.body().path("success").asBoolean()).isFalse();
        assertThat(locked.message()).startsWith("账号已锁定").contains(fifth.result().path("lockedUntil").asText());
    }

    @Test
    void p2_adminUnlockThenLoginWorks() {
        jdbc.update("UPDATE sys_user SET failed_count = 5, lock_until = ? WHERE id = ?",
                Timestamp.valueOf(LocalDateTime.now().plusMinutes(10)), USER_ID);
        assertThat(attempt(AuthFixtures.DEMO_PASSWORD, Map.of()).status()).isEqualTo(423);

        String inspector = http.login("inspector2", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.post("/api/sys/user/" + USER_ID + "/unlock", inspector, "{}").status()).isEqualTo(403);

        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        Http.Answer unlock = http.post("/api/sys/user/" + USER_ID + "/unlock", admin, "{}");
        assertThat(unlock.status()).isEqualTo(200);
        assertThat(failedCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT lock_until FROM sys_user WHERE id = ?", Timestamp.class, USER_ID)).isNull();

        assertThat(attempt(AuthFixtures.DEMO_PASSWORD, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void p2_expiredLockEndsByItself() {
        jdbc.update("UPDATE sys_user SET failed_count = 5, lock_until = ? WHERE id = ?",
                Timestamp.valueOf(LocalDateTime.now().minusSeconds(5)), USER_ID);
        assertThat(attempt(AuthFixtures.DEMO_PASSWORD, Map.of()).status()).isEqualTo(200);
        assertThat(failedCount()).isZero();
    }

    @Test
    void p2_unlockOfUnknownUserIs404() {
        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.post("/api/sys/user/987654321/unlock", admin, "{}").status()).isEqualTo(404);
    }
}
