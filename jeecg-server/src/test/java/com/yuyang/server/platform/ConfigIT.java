package com.yuyang.server.platform;

import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.yuyang.server.platform.DictIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P8 / issue 2 item 6 (configuration items): a tenant's value overrides the system-wide one, typed and
 * cached lookups see every change at once, and bad input is a 400 with nothing written.
 */
class ConfigIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ConfigService config;
    @Autowired
    JdbcTemplate jdbc;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(http);
    }

    @AfterEach
    void unbind() {
        CurrentUser.clear();
    }

    private static String newKey() {
        return "it.sample-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static Map<String, Object> body(Long tenantId, String key, String value, String type, Integer version) {
        Map<String, Object> m = new HashMap<>();
        m.put("tenantId", tenantId);
        m.put("key", key);
        m.put("value", value);
        m.put("valueType", type);
        m.put("description", "集成测试");
        m.put("version", version);
        return m;
    }

    @Test
    void seededSystemItemsAreReadTyped() {
        assertThat(config.getInt("security.lock-minutes", -1)).isEqualTo(10);
        assertThat(config.getInt("no.such-key", 42)).isEqualTo(42);
        assertThat(config.getString("platform.name", null)).isEqualTo("榆阳区智慧交通平台");
    }

    @Test
    void aTenantValueOverridesTheSystemValueAndChangesAreSeenAtOnce() {
        String key = newKey();
        AdminApi.Response sys = api.post("/api/sys/configs", body(null, key, "5", "INT", null));
        assertThat(sys.status()).as(sys.raw()).isEqualTo(200);
        assertThat(sys.result().path("valueType_dictText").asText()).isEqualTo("整数");
        assertThat(config.getInt(key, 0)).isEqualTo(5);
        assertThat(config.get(1L, key)).contains("5");

        AdminApi.Response tenant = api.post("/api/sys/configs", body(1L, key, "9", "INT", null));
        assertThat(tenant.status()).as(tenant.raw()).isEqualTo(200);
        long tenantRow = tenant.result().path("id").asLong();

        // system-wide callers still see 5; tenant 1 sees its override, explicitly or as the current user
        assertThat(config.get(null, key)).contains("5");
        assertThat(config.get(1L, key)).contains("9");
        CurrentUser.bind(new LoginUser(1, "admin", "系统管理员", 1, 1L, Set.of("admin"), Set.of(), true));
        assertThat(config.getInt(key, 0)).isEqualTo(9);
        CurrentUser.clear();

        AdminApi.Response edited = api.put("/api/sys/configs/" + tenantRow,
                body(1L, key, "11", "INT", tenant.result().path("version").asInt()));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(config.get(1L, key)).contains("11");

        assertThat(api.delete("/api/sys/configs/" + tenantRow).status()).isEqualTo(200);
        assertThat(config.get(1L, key)).contains("5");

        AdminApi.Response list = api.get("/api/sys/configs?keyword=" + key);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.result().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void typedGettersFallBackToTheDefaultForValuesOfAnotherType() {
        String key = newKey();
        api.post("/api/sys/configs", body(null, key, "true", "BOOL", null));
        assertThat(config.getBool(key, false)).isTrue();
        assertThat(config.getInt(key, 7)).isEqualTo(7);
    }

    @Test
    void badInputIsRejectedWith400AndNothingIsWritten() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM sys_config", Integer.class);
        String key = newKey();
        assertBad(api.post("/api/sys/configs", body(null, key, "abc", "INT", null)), "配置值必须是整数");
        assertBad(api.post("/api/sys/configs", body(null, key, "yes", "BOOL", null)), "配置值必须是 true 或 false");
        assertBad(api.post("/api/sys/configs", body(null, key, "{bad", "JSON", null)), "配置值必须是合法的 JSON");
        assertBad(api.post("/api/sys/configs", body(null, key, "1", "FLOAT", null)), "值类型只能是");
        assertBad(api.post("/api/sys/configs", body(null, "Bad Key!", "1", "INT", null)), "配置键只能包含");
        assertBad(api.post("/api/sys/configs", body(null, "", "1", "INT", null)), "配置键不能为空");
        assertBad(api.post("/api/sys/configs", body(null, key, "x".repeat(2001), "STRING", null)), "配置值不能超过 2000 个字符");
        assertBad(api.post("/api/sys/configs", body(999999L, key, "1", "INT", null)), "租户不存在");
        assertBad(api.post("/api/sys/configs", body(-1L, key, "1", "INT", null)), "租户编号不正确");
        assertBad(api.post("/api/sys/configs", "{\"key\":\"" + key + "\",\"valueType\":\"INT\",\"tenantId\":\"abc\"}"), "tenantId");
        assertBad(api.put("/api/sys/configs/1", body(null, "security.lock-minutes", "10", "INT", null)), "版本号");
        assertBad(api.put("/api/sys/configs/1", body(null, "security.other", "10", "INT", 0)), "配置键和租户创建后不能修改");
        assertBad(api.get("/api/sys/configs?pageNo=0"), "页码从 1 开始");
        assertThat(api.post("/api/sys/configs", body(null, "security.lock-minutes", "3", "INT", null)).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_config", Integer.class)).isEqualTo(before);
        assertThat(config.getInt("security.lock-minutes", -1)).isEqualTo(10);
    }
}
