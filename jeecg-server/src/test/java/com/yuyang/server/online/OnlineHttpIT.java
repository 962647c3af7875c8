package com.yuyang.server.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online API over real HTTP with real logins (token in X-Access-Token): the envelope, 401/403/404/409/400,
 * per-form permission codes granted to a role, grid isolation, and the form export.
 */
class OnlineHttpIT extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Answer(int status, JsonNode body) {
    }

    static void grant(JdbcTemplate jdbc, long role, String... codes) {
        for (String code : codes) {
            jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) SELECT ?, p.id FROM sys_permission p"
                    + " WHERE p.code = ? AND NOT EXISTS (SELECT 1 FROM sys_role_permission rp WHERE rp.role_id = ?"
                    + " AND rp.permission_id = p.id)", role, code, role);
        }
    }

    @BeforeEach
    void inspectorsMayListAndAddVehicles() {
        grant(jdbc, 3, "online:demo_vehicle:list", "online:demo_vehicle:add");
    }

    Answer call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
            if (token != null) {
                b.header("X-Access-Token", token);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String login(String user) {
        Answer a = call("POST", "/api/sys/login", null, Map.of("username", user, "password", "Demo@2026"));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        return a.body().path("result").path("token").asText();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void withoutTokenEveryOnlineEndpointIs401() {
        assertThat(call("GET", "/api/online/data/demo_vehicle", null, null).status()).isEqualTo(401);
        assertThat(call("POST", "/api/online/data/demo_vehicle", null, Map.of("plate_no", "x")).status()).isEqualTo(401);
        assertThat(call("GET", "/api/online/forms", null, null).status()).isEqualTo(401);
        assertThat(call("POST", "/api/online/forms/demo_vehicle/sync", null, null).status()).isEqualTo(401);
    }

    @Test
    void adminCrudThroughTheEnvelopeWithDictTextValidationAndConflict() {
        String admin = login("admin");
        Answer created = call("POST", "/api/online/data/demo_vehicle", admin, Map.of("plate_no", "陕K56789",
                "owner_name", "HTTP测试", "vehicle_type", "taxi", "grid_id", "102", "seats", 5));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String id = created.body().path("result").asText();
        Answer list = call("GET", "/api/online/data/demo_vehicle?owner_name=" + q("HTTP测试") + "&pageNo=1&pageSize=10", admin, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("success").asBoolean()).isTrue();
        assertThat(list.body().path("result").path("total").asLong()).isEqualTo(1);
        JsonNode row = list.body().path("result").path("records").get(0);
        assertThat(row.path("id").asText()).isEqualTo(id);
        assertThat(row.path("vehicle_type_dictText").asText()).isEqualTo("出租车");

        Answer bad = call("POST", "/api/online/data/demo_vehicle", admin, Map.of("plate_no", "坏", "grid_id", "101"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("success").asBoolean()).isFalse();
        assertThat(bad.body().path("result").path("owner_name").asText()).isEqualTo("车主不能为空");
        assertThat(bad.body().path("result").path("plate_no").asText()).isEqualTo("车牌号格式不正确，如 陕K12345");

        assertThat(call("PUT", "/api/online/data/demo_vehicle/" + id, admin, Map.of("seats", 7, "version", 0)).status()).isEqualTo(200);
        Answer stale = call("PUT", "/api/online/data/demo_vehicle/" + id, admin, Map.of("seats", 9, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("message").asText()).contains("已被他人修改");

        Answer sort = call("GET", "/api/online/data/demo_vehicle?sort=" + q("id and sleep(3)"), admin, null);
        assertThat(sort.status()).isEqualTo(400);
        assertThat(call("GET", "/api/online/data/demo_vehicle?" + q("1=1;drop") + "=1", admin, null).status()).isEqualTo(400);
        assertThat(call("DELETE", "/api/online/data/demo_vehicle/" + id, admin, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/online/data/demo_vehicle/" + id, admin, null).status()).isEqualTo(404);
    }

    @Test
    void inspector1WithGrantedCodesSeesOnlyOwnGridsAndIsRefusedTheRest() {
        String admin = login("admin");
        String other = call("POST", "/api/online/data/demo_vehicle", admin, Map.of("plate_no", "陕K60102",
                "owner_name", "青山路车主", "grid_id", "102")).body().path("result").asText();
        String inspector = login("inspector1");
        Answer own = call("POST", "/api/online/data/demo_vehicle", inspector, Map.of("plate_no", "陕K60101",
                "owner_name", "鼓楼车主", "grid_id", "101"));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(200);

        Answer list = call("GET", "/api/online/data/demo_vehicle?pageSize=1000", inspector, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("result").path("records")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("grid_id").asText()).isIn("101", "1011"));
        assertThat(call("GET", "/api/online/data/demo_vehicle/" + other, inspector, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/online/data/demo_vehicle", inspector, Map.of("plate_no", "陕K60103",
                "owner_name", "越权", "grid_id", "102")).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/online/data/demo_vehicle/" + own.body().path("result").asText(), inspector, null)
                .status()).isEqualTo(403);
        assertThat(call("GET", "/api/online/data/demo_order", inspector, null).status()).isEqualTo(403);
        assertThat(call("GET", "/api/online/forms", inspector, null).status()).isEqualTo(403);
        // The generated list page reads the form's metadata: allowed with the form's list code, not without it.
        Answer meta = call("GET", "/api/online/forms/demo_vehicle", inspector, null);
        assertThat(meta.status()).as(meta.body().toString()).isEqualTo(200);
        assertThat(meta.body().path("result").path("code").asText()).isEqualTo("demo_vehicle");
        assertThat(call("GET", "/api/online/forms/demo_order", inspector, null).status()).isEqualTo(403);
    }

    @Test
    void formExportIsTheSameJsonAsTheFormSchemasFile() throws IOException {
        String admin = login("admin");
        Answer exported = call("GET", "/api/online/forms/demo_road_section/export", admin, null);
        assertThat(exported.status()).isEqualTo(200);
        JsonNode file = JSON.readTree(new ClassPathResource("form-schemas/demo_road_section.json").getInputStream());
        assertThat(exported.body()).isEqualTo(file);
        Answer forms = call("GET", "/api/online/forms", admin, null);
        assertThat(forms.body().path("result").findValuesAsText("code")).contains("demo_vehicle", "demo_order");
    }
}
