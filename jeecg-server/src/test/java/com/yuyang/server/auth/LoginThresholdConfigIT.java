package com.yuyang.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P2/C1: the captcha and lock thresholds are configuration items an admin changes in the browser, no restart. */
class LoginThresholdConfigIT extends IntegrationTest {

    static final long USER_ID = 9131;
    static final String USERNAME = "threshold-user";
    static final long CAPTCHA_ITEM = 3; // security.captcha-after-failures, seeded in V1_4_0

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private void setCaptchaThreshold(Http http, String admin, String value) {
        JsonNode item = http.get("/api/sys/configs/" + CAPTCHA_ITEM, admin).result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", item.path("configKey").asText("security.captcha-after-failures"));
        body.put("value", value);
        body.put("valueType", "INT");
        body.put("description", item.path("description").asText());
        body.put("version", item.path("version").asInt());
        Http.Answer a = http.put("/api/sys/configs/" + CAPTCHA_ITEM, admin, body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
    }

    @AfterEach
    void restore() {
        Http http = new Http(port);
        setCaptchaThreshold(http, http.login("admin", AuthFixtures.DEMO_PASSWORD), "3");
    }

    @Test
    void p2_captchaThresholdFollowsTheConfigurationItemAtOnce() {
        Http http = new Http(port);
        AuthFixtures.account(jdbc, USER_ID, USERNAME, 3);
        setCaptchaThreshold(http, http.login("admin", AuthFixtures.DEMO_PASSWORD), "1");

        Http.Answer first = http.post("/api/sys/login", null, Map.of("username", USERNAME, "password", "bad-Pass1!"));

        assertThat(first.status()).isNotEqualTo(200);
        assertThat(first.result().path("captchaRequired").asBoolean())
                .as("one failure is enough once the admin set the threshold to 1: " + first.raw()).isTrue();
    }
}
