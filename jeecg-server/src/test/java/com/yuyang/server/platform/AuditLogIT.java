package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.audit.AuditWriter;
import com.yuyang.base.core.security.AuthAuditEvent;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.yuyang.server.platform.DictIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C1 / issue 2 item 9: every write under /api and every authentication event is in the audit log (who,
 * when, what, IP, result), failures included, never a secret or a full phone/ID number; admins search it.
 */
class AuditLogIT extends IntegrationTest {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditWriter writer;
    @Autowired
    ApplicationEventPublisher events;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(http);
    }

    private List<Map<String, Object>> rowsFor(String pathPart) {
        assertThat(writer.awaitIdle(Duration.ofSeconds(10))).isTrue();
        return jdbc.queryForList("SELECT * FROM sys_audit_log WHERE request_summary LIKE ? ORDER BY log_time", "%" + pathPart + "%");
    }

    @Test
    void aSuccessfulWriteIsRecordedWithoutSecretsOrFullSensitiveValues() {
        String code = DictIT.newCode();
        AdminApi.Response r = api.post("/api/sys/dicts", Map.of("code", code, "name", "审计测试",
                "description", "联系 13812345678 证件 610802199001011234",
                "password", "S3cret-Pass!", "token", "tok-abc-123", "phone", "13900001111"));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);

        List<Map<String, Object>> rows = rowsFor(code);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("http_method")).isEqualTo("POST");
        assertThat(row.get("path")).isEqualTo("/api/sys/dicts");
        assertThat(row.get("action")).isEqualTo("CREATE");
        assertThat(row.get("module")).isEqualTo("数据字典");
        assertThat(((Number) row.get("success")).intValue()).isEqualTo(1);
        assertThat(row.get("ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(row.get("log_time")).isNotNull();
        assertThat(row.get("duration_ms")).isNotNull();
        if (api.authenticated()) {
            assertThat(row.get("username")).isEqualTo("admin");
        }
        String summary = (String) row.get("request_summary");
        assertThat(summary).contains(code).contains("***").contains("138****5678").contains("139****1111")
                .contains("6108**********1234");
        String all = row.values().toString();
        assertThat(all).doesNotContain("S3cret-Pass!", "tok-abc-123", "13812345678", "13900001111", "610802199001011234");
    }

    @Test
    void aFailedWriteIsRecordedAsAFailureWithItsMessage() {
        String code = "BAD_" + UUID.randomUUID().toString().substring(0, 8);
        AdminApi.Response r = api.post("/api/sys/dicts", Map.of("code", code, "name", "x"));
        assertThat(r.status()).isEqualTo(400);
        List<Map<String, Object>> rows = rowsFor(code);
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("success")).intValue()).isZero();
        assertThat((String) rows.get(0).get("message")).contains("字典编码须以小写字母开头");
    }

    @Test
    void readsAreNotRecordedAsWrites() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit_log WHERE http_method = 'GET'", Integer.class);
        api.get("/api/sys/dicts");
        writer.awaitIdle(Duration.ofSeconds(5));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit_log WHERE http_method = 'GET'", Integer.class)).isEqualTo(before);
    }

    @Test
    void authenticationEventsAreRecordedAndSearchable() {
        String user = "audit" + UUID.randomUUID().toString().substring(0, 6);
        events.publishEvent(new AuthAuditEvent(null, user, "LOGIN_FAILED", false, "10.1.2.3", "密码错误，手机号 13812345678"));
        events.publishEvent(new AuthAuditEvent(99L, user, "LOCKED", true, "10.1.2.3", "连续失败 5 次，锁定 10 分钟"));
        assertThat(writer.awaitIdle(Duration.ofSeconds(10))).isTrue();

        AdminApi.Response found = api.get("/api/sys/logs?username=" + user + "&action=LOGIN_FAILED&result=FAILURE&ip=10.1.2.3");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        assertThat(found.result().path("total").asLong()).isEqualTo(1);
        JsonNode row = found.result().path("records").get(0);
        assertThat(row.path("module").asText()).isEqualTo("认证");
        assertThat(row.path("success_dictText").asText()).isEqualTo("失败");
        assertThat(row.path("message").asText()).contains("138****5678").doesNotContain("13812345678");

        String from = LocalDateTime.now().minusMinutes(5).format(TS);
        String to = LocalDateTime.now().plusMinutes(5).format(TS);
        AdminApi.Response both = api.get("/api/sys/logs?username=" + user + "&from=" + from + "&to=" + to + "&pageSize=10");
        assertThat(both.result().path("total").asLong()).isEqualTo(2);
        // newest first
        assertThat(both.result().path("records").get(0).path("action").asText()).isEqualTo("LOCKED");
        assertThat(api.get("/api/sys/logs?username=" + user + "&result=SUCCESS").result().path("total").asLong()).isEqualTo(1);
        String past = LocalDateTime.now().minusDays(2).format(TS);
        String pastEnd = LocalDateTime.now().minusDays(1).format(TS);
        assertThat(api.get("/api/sys/logs?username=" + user + "&from=" + past + "&to=" + pastEnd).result().path("total").asLong()).isZero();
    }

    @Test
    void badSearchInputIsA400() {
        assertBad(api.get("/api/sys/logs?result=MAYBE"), "结果只能是 SUCCESS 或 FAILURE");
        assertBad(api.get("/api/sys/logs?pageSize=1000"), "每页条数不能超过 200");
        assertBad(api.get("/api/sys/logs?from=yesterday"), "from");
        assertBad(api.get("/api/sys/logs?userId=abc"), "userId");
        assertBad(api.get("/api/sys/logs?ip=1.2.3.4;drop"), "IP 格式不正确");
        assertBad(api.get("/api/sys/logs?from=2026-01-02 00:00:00&to=2026-01-01 00:00:00"), "开始时间不能晚于结束时间");
    }
}
