package com.yuyang.server.auth;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P2: password login, user info, logout revocation and enforced permissions. */
class AuthLoginIT extends IntegrationTest {

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
    }

    @Test
    void p2_loginWithDemoPasswordReturnsTokenAndUserSummary() {
        Http.Answer a = http.post("/api/sys/login", null, Map.of("username", "admin", "password", "Demo@2026"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("success").asBoolean()).isTrue();
        assertThat(a.result().path("token").asText()).startsWith("v1.");
        assertThat(a.result().path("user").path("username").asText()).isEqualTo("admin");
        assertThat(a.result().path("user").path("admin").asBoolean()).isTrue();
        assertThat(a.raw()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    void p2_wrongPasswordIsRefusedWithChineseMessage() {
        Http.Answer a = http.post("/api/sys/login", null, Map.of("username", "enforcer1", "password", "wrong-Pass1!"));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().path("success").asBoolean()).isFalse();
        assertThat(a.message()).isEqualTo("用户名或密码错误");
        jdbc.update("UPDATE sys_user SET failed_count = 0 WHERE username = 'enforcer1'");
    }

    @Test
    void p2_unknownUserGetsTheSameAnswerAsWrongPassword() {
        Http.Answer a = http.post("/api/sys/login", null, Map.of("username", "nobody-here", "password", "wrong-Pass1!"));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.message()).isEqualTo("用户名或密码错误");
    }

    @Test
    void p8_userInfoReturnsProfileRolesPermissionsAndMenus() {
        String token = http.login("leader1", "Demo@2026");
        Http.Answer a = http.get("/api/sys/user/info", token);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.result().path("user").path("username").asText()).isEqualTo("leader1");
        assertThat(a.raw()).doesNotContain("passwordHash").doesNotContain("$2a$");
        assertThat(a.result().path("roles").toString()).contains("dept_leader");
        assertThat(a.result().path("permissions").toString()).contains("sys:user:list").doesNotContain("sys:role:list");
        // leader1 sees 系统管理 with exactly the granted pages
        String menus = a.result().path("menus").toString();
        assertThat(menus).contains("系统管理").contains("用户管理").contains("部门管理").contains("网格管理");
        assertThat(menus).doesNotContain("角色管理").doesNotContain("短信发件箱");
    }

    @Test
    void p8_adminSeesEveryMenu() {
        String token = http.login("admin", "Demo@2026");
        Http.Answer a = http.get("/api/sys/user/info", token);
        assertThat(a.result().path("menus").toString()).contains("角色管理").contains("短信发件箱").contains("在线用户");
        assertThat(a.result().path("permissions").toString()).contains("sys:user:unlock");
    }

    @Test
    void p2_userInfoWithoutTokenIs401Envelope() {
        Http.Answer a = http.get("/api/sys/user/info", null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().path("success").asBoolean()).isFalse();
        assertThat(a.body().path("code").asInt()).isEqualTo(401);
        assertThat(a.message()).contains("未登录");
    }

    @Test
    void p2_forgedOrTamperedTokenIs401() {
        String token = http.login("inspector2", "Demo@2026");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(http.get("/api/sys/user/info", tampered).status()).isEqualTo(401);
        assertThat(http.get("/api/sys/user/info", "v1.1.abc.def").status()).isEqualTo(401);
        assertThat(http.get("/api/sys/user/info", "garbage").status()).isEqualTo(401);
    }

    @Test
    void p2_tokenInTheQueryStringIsNotAcceptedForTheApi() {
        String token = http.login("inspector2", "Demo@2026");
        assertThat(http.get("/api/sys/user/info?token=" + token, null).status()).isEqualTo(401);
        assertThat(http.get("/api/sys/user/info?X-Access-Token=" + token, null).status()).isEqualTo(401);
    }

    @Test
    void p2_logoutRevokesTheTokenAtOnce() {
        String token = http.login("inspector1", "Demo@2026");
        assertThat(http.get("/api/sys/user/info", token).status()).isEqualTo(200);
        assertThat(http.post("/api/sys/logout", token, "{}").status()).isEqualTo(200);
        Http.Answer after = http.get("/api/sys/user/info", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.message()).contains("登录已失效");
    }

    @Test
    void p8_permissionAnnotationIsEnforced403ForMissingCode() {
        String token = http.login("inspector2", "Demo@2026");
        Http.Answer a = http.get("/api/sys/sessions", token);
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body().path("success").asBoolean()).isFalse();
        assertThat(a.message()).contains("没有权限");
    }

    @Test
    void p2_captchaIsAPngDataUrl() {
        Http.Answer a = http.get("/api/sys/captcha", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.result().path("key").asText()).isNotBlank();
        assertThat(a.result().path("image").asText()).startsWith("data:image/png;base64,");
        assertThat(kv.get("auth:captcha:" + a.result().path("key").asText())).isPresent();
    }
}
