package com.yuyang.server.platform;

import com.yuyang.base.core.audit.AuditWriter;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E1 / C1 on the real server: the platform-service endpoints need a token (401) and their permission (403);
 * dictionary items are open to every logged-in user; a real login failure lands in the audit log without
 * the password.
 */
class PlatformSecurityIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditWriter writer;

    private static final List<String[]> ADMIN_ENDPOINTS = List.of(
            new String[] {"GET", "/api/sys/dicts"},
            new String[] {"POST", "/api/sys/dicts"},
            new String[] {"GET", "/api/sys/dicts/1"},
            new String[] {"PUT", "/api/sys/dicts/1"},
            new String[] {"DELETE", "/api/sys/dicts/1"},
            new String[] {"POST", "/api/sys/dicts/1/items"},
            new String[] {"PUT", "/api/sys/dicts/items/101"},
            new String[] {"DELETE", "/api/sys/dicts/items/101"},
            new String[] {"GET", "/api/sys/configs"},
            new String[] {"POST", "/api/sys/configs"},
            new String[] {"PUT", "/api/sys/configs/1"},
            new String[] {"DELETE", "/api/sys/configs/1"},
            new String[] {"GET", "/api/sys/logs"},
            new String[] {"GET", "/api/sys/jobs"},
            new String[] {"POST", "/api/sys/jobs/databaseBackup/run"},
            new String[] {"GET", "/api/sys/backups"},
            new String[] {"POST", "/api/sys/backups"});

    private static final Map<String, Object> VALID_DICT = Map.of("code", "sec_probe", "name", "x", "version", 0);

    private static AdminApi.Response call(AdminApi api, String[] e) {
        return api.exchange(org.springframework.http.HttpMethod.valueOf(e[0]), e[1], "GET".equals(e[0]) ? null : VALID_DICT);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        AdminApi anon = AdminApi.anonymous(http);
        for (String[] e : ADMIN_ENDPOINTS) {
            assertThat(call(anon, e).status()).as(e[0] + " " + e[1]).isEqualTo(401);
        }
        assertThat(anon.get("/api/sys/dicts/sex/items").status()).isEqualTo(401);
    }

    @Test
    void aUserWithoutThePermissionGets403AndNothingChanges() {
        AdminApi inspector = new AdminApi(http, "inspector1");
        assertThat(inspector.authenticated()).isTrue();
        int dicts = jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict", Integer.class);
        for (String[] e : ADMIN_ENDPOINTS) {
            assertThat(call(inspector, e).status()).as(e[0] + " " + e[1]).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict", Integer.class)).isEqualTo(dicts);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict WHERE id = 1", Integer.class)).isEqualTo(1);

        // dictionary items are for every logged-in user
        AdminApi.Response items = inspector.get("/api/sys/dicts/check_result/items");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.result()).hasSize(3);
    }

    @Test
    void aRefusedWriteIsAuditedAsAFailureOfThatUser() {
        AdminApi inspector = new AdminApi(http, "inspector1");
        inspector.post("/api/sys/configs", Map.of("key", "sec.probe-403", "value", "1", "valueType", "INT"));
        writer.awaitIdle(Duration.ofSeconds(10));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM sys_audit_log WHERE request_summary LIKE '%sec.probe-403%'");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("username")).isEqualTo("inspector1");
        assertThat(((Number) rows.get(0).get("success")).intValue()).isZero();
    }

    @Test
    void aFailedLoginIsAuditedWithoutThePassword() {
        String wrong = "Wrong#Pass-" + System.nanoTime();
        AdminApi.Response r = new AdminApi(http).post("/api/sys/login", Map.of("username", "enforcer1", "password", wrong));
        assertThat(r.status()).isGreaterThanOrEqualTo(400);
        writer.awaitIdle(Duration.ofSeconds(10));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM sys_audit_log WHERE username = 'enforcer1' AND action = 'LOGIN_FAILED'");
        assertThat(rows).isNotEmpty();
        assertThat(((Number) rows.get(0).get("success")).intValue()).isZero();
        String everything = jdbc.queryForList("SELECT * FROM sys_audit_log").toString();
        assertThat(everything).doesNotContain(wrong);
        // reset the failure counter so other tests can still log in as enforcer1
        jdbc.update("UPDATE sys_user SET failed_count = 0, lock_until = NULL WHERE username = 'enforcer1'");
    }
}
