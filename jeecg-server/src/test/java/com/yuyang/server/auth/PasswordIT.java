package com.yuyang.server.auth;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P2: change own password (policy, old password), admin reset to a temporary password revoking sessions. */
class PasswordIT extends IntegrationTest {

    static final long USER_ID = 9301;
    static final String USERNAME = "password-user";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        AuthFixtures.account(jdbc, USER_ID, USERNAME, 3);
    }

    private String hash() {
        return jdbc.queryForObject("SELECT password_hash FROM sys_user WHERE id = ?", String.class, USER_ID);
    }

    private int loginStatus(String password) {
        return http.post("/api/sys/login", null, Map.of("username", USERNAME, "password", password)).status();
    }

    @Test
    void p2_passwordPolicyRejectsWeakPasswordsInChineseAndChangesNothing() {
        String token = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        for (String weak : new String[]{"short1!", "onlyletters!", "12345678!", "abcd12345", "abc 123!45", "a1!" + "x".repeat(70)}) {
            Http.Answer a = http.post("/api/sys/user/password", token,
                    Map.of("oldPassword", AuthFixtures.DEMO_PASSWORD, "newPassword", weak));
            assertThat(a.status()).as(weak).isEqualTo(400);
            assertThat(a.message()).as(weak).matches(".*(密码至少8位|新密码不能超过).*");
        }
        assertThat(hash()).isEqualTo(AuthFixtures.DEMO_HASH);
    }

    @Test
    void p2_changePasswordNeedsTheOldOneAndEndsOtherSessions() {
        String current = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        String other = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);

        Http.Answer wrongOld = http.post("/api/sys/user/password", current,
                Map.of("oldPassword", "Wrong@2026", "newPassword", "Better#2027x"));
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.message()).isEqualTo("原密码不正确");
        assertThat(hash()).isEqualTo(AuthFixtures.DEMO_HASH);

        Http.Answer ok = http.post("/api/sys/user/password", current,
                Map.of("oldPassword", AuthFixtures.DEMO_PASSWORD, "newPassword", "Better#2027x"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(hash()).startsWith("$2").isNotEqualTo(AuthFixtures.DEMO_HASH);
        assertThat(http.get("/api/sys/user/info", current).status()).as("this session stays").isEqualTo(200);
        assertThat(http.get("/api/sys/user/info", other).status()).as("other sessions end").isEqualTo(401);
        assertThat(loginStatus(AuthFixtures.DEMO_PASSWORD)).isEqualTo(401);
        assertThat(loginStatus("Better#2027x")).isEqualTo(200);
    }

    @Test
    void p2_adminResetGivesTemporaryPasswordAndRevokesSessions() {
        String userToken = http.login(USERNAME, AuthFixtures.DEMO_PASSWORD);
        String inspector = http.login("inspector2", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.post("/api/sys/user/" + USER_ID + "/reset-password", inspector, "{}").status()).isEqualTo(403);
        assertThat(hash()).isEqualTo(AuthFixtures.DEMO_HASH);

        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        Http.Answer reset = http.post("/api/sys/user/" + USER_ID + "/reset-password", admin, "{}");
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.result().path("temporaryPassword").asText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(8).containsPattern("[A-Za-z]").containsPattern("[0-9]")
                .containsPattern("[^A-Za-z0-9]");
        assertThat(http.get("/api/sys/user/info", userToken).status()).isEqualTo(401);
        assertThat(loginStatus(AuthFixtures.DEMO_PASSWORD)).isEqualTo(401);
        assertThat(loginStatus(temporary)).isEqualTo(200);
    }
}
