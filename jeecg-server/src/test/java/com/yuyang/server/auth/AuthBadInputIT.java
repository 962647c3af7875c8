package com.yuyang.server.auth;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P2/C8: wrong types, missing fields, over-long strings on the auth endpoints → 400 in Chinese, nothing written. */
class AuthBadInputIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private void assert400Chinese(Http.Answer a) {
        assertThat(a.status()).as(a.raw()).isEqualTo(400);
        assertThat(a.body().path("success").asBoolean()).isFalse();
        assertThat(a.message()).containsPattern("\\p{IsHan}");
        assertThat(a.raw()).doesNotContain("Exception").doesNotContain("at com.");
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void p2_loginRejectsMissingWrongTypedAndOverlongFields() {
        int failures = jdbc.queryForObject("SELECT SUM(failed_count) FROM sys_user", Integer.class);
        assert400Chinese(http.post("/api/sys/login", null, Map.of("password", "x")));
        assertThat(http.post("/api/sys/login", null, Map.of("password", "x")).message()).contains("用户名不能为空");
        assert400Chinese(http.post("/api/sys/login", null, Map.of("username", "admin")));
        assert400Chinese(http.post("/api/sys/login", null, "{\"username\":{\"a\":1},\"password\":\"x\"}"));
        assert400Chinese(http.post("/api/sys/login", null, "{\"username\":\"admin\",\"password\":[1,2]}"));
        assert400Chinese(http.post("/api/sys/login", null, Map.of("username", "a".repeat(65), "password", "x")));
        assert400Chinese(http.post("/api/sys/login", null, Map.of("username", "admin", "password", "p".repeat(129))));
        assert400Chinese(http.post("/api/sys/login", null, "not json"));
        assert400Chinese(http.post("/api/sys/login", null, ""));
        assertThat(jdbc.queryForObject("SELECT SUM(failed_count) FROM sys_user", Integer.class))
                .as("no failure was counted").isEqualTo(failures);
    }

    @Test
    void c8_smsEndpointsRejectBadPhonesAndCodesWithoutSending() {
        int outbox = count("sys_sms_outbox");
        assert400Chinese(http.post("/api/sys/sms/code", null, Map.of("phone", "abc")));
        assertThat(http.post("/api/sys/sms/code", null, Map.of("phone", "abc")).message()).contains("手机号格式不正确");
        assert400Chinese(http.post("/api/sys/sms/code", null, Map.of()));
        assert400Chinese(http.post("/api/sys/sms/code", null, Map.of("phone", "1".repeat(300))));
        assert400Chinese(http.post("/api/sys/sms/code", null, "{\"phone\":[13800000005]}"));
        assert400Chinese(http.post("/api/sys/sms/login", null, Map.of("phone", "13800000005", "code", "12")));
        assert400Chinese(http.post("/api/sys/sms/login", null, Map.of("phone", "13800000005")));
        assertThat(count("sys_sms_outbox")).isEqualTo(outbox);
    }

    @Test
    void p2_accountEndpointsRejectBadIdsAndBodies() {
        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        String before = jdbc.queryForObject("SELECT password_hash FROM sys_user WHERE username = 'admin'", String.class);
        assert400Chinese(http.post("/api/sys/user/abc/unlock", admin, "{}"));
        assert400Chinese(http.post("/api/sys/user/abc/kickout", admin, "{}"));
        assert400Chinese(http.post("/api/sys/user/1.5/reset-password", admin, "{}"));
        assert400Chinese(http.post("/api/sys/user/password", admin, Map.of("oldPassword", AuthFixtures.DEMO_PASSWORD)));
        assert400Chinese(http.post("/api/sys/user/password", admin,
                Map.of("oldPassword", AuthFixtures.DEMO_PASSWORD, "newPassword", "Aa1!".repeat(20))));
        assert400Chinese(http.post("/api/sys/user/password", admin, "{\"oldPassword\":1,\"newPassword\":{}}"));
        assert400Chinese(http.get("/api/sys/sms/outbox?pageSize=100000", admin));
        assert400Chinese(http.get("/api/sys/sms/outbox?pageNo=abc", admin));
        assert400Chinese(http.get("/api/sys/sms/outbox?phone=12", admin));
        assertThat(jdbc.queryForObject("SELECT password_hash FROM sys_user WHERE username = 'admin'", String.class))
                .isEqualTo(before);
    }
}
