package com.yuyang.server.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.online.data.SensitiveBackfill;
import com.yuyang.base.online.metadata.FormRegistry;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E2 for online forms: a field declared {@code "sensitive": "phone" | "idcard"} is stored AES-GCM encrypted with an
 * HMAC blind index, searchable by exact value, masked on every output (list, detail, export) unless the caller
 * holds sys:sensitive:view; import encrypts; legacy plain values (demo data) are encrypted at start-up, idempotently.
 * Applied to safety_subject.phone and safety_employee.id_card/phone. Test users 98001 (clerk, grid 101) and 98002
 * (same rights plus sys:sensitive:view).
 */
@DisplayName("E2 (P3): sensitive fields of online forms — encrypted at rest, blind-index search, masked output, encrypted import, start-up backfill")
class OnlineSensitiveFieldIT extends IntegrationTest {

    static final String HASH = "$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG"; // Demo@2026
    static final String CLERK = "sensclerk98001";
    static final String VIEWER = "sensview98002";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    SensitiveBackfill backfill;
    @Autowired
    FormRegistry forms;
    Api api;

    @BeforeEach
    void users() {
        api = new Api(port);
        user(98001, CLERK, 98001, List.of());
        user(98002, VIEWER, 98002, List.of("sys:sensitive:view"));
    }

    void user(long id, String username, long role, List<String> extra) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Long.class, id) > 0) {
            return;
        }
        jdbc.update("INSERT INTO sys_role (id, tenant_id, code, name, data_scope) VALUES (?, 1, ?, ?, 'GRID')",
                role, "sens_" + id, "敏感字段测试" + id);
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " VALUES (?, 1, ?, ?, ?, 13, 'STAFF', 'ACTIVE')", id, username, HASH, "测试" + id);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", id, role);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 101)", id);
        List<String> codes = new java.util.ArrayList<>(List.of("online:safety_employee:list", "online:safety_employee:add",
                "online:safety_employee:edit", "online:safety_employee:export", "online:safety_employee:import",
                "online:safety_subject:list"));
        codes.addAll(extra);
        for (String code : codes) {
            jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) SELECT ?, id FROM sys_permission WHERE code = ?",
                    role, code);
        }
    }

    long employee(String name, String idCard, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject_id", 31001);
        body.put("name", name);
        body.put("id_card", idCard);
        body.put("phone", phone);
        body.put("job", "驾驶员");
        body.put("grid_id", 101);
        Api.Answer a = api.post("/api/online/data/safety_employee", CLERK, body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return Long.parseLong(a.result().asText());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void storedEncryptedWithBlindIndexAndMaskedOnListAndDetailUnlessTheCallerMayView() {
        long id = employee("敏感甲", "61080219900101123X", "13912345678");
        Map<String, Object> row = jdbc.queryForMap("SELECT id_card, id_card_hash, phone, phone_hash FROM safety_employee WHERE id = ?", id);
        assertThat(String.valueOf(row.get("id_card"))).doesNotContain("1990").isNotEqualTo("61080219900101123X");
        assertThat(cipher.decrypt(String.valueOf(row.get("id_card")))).isEqualTo("61080219900101123X");
        assertThat(row.get("id_card_hash")).isEqualTo(cipher.hash("61080219900101123X"));
        assertThat(cipher.decrypt(String.valueOf(row.get("phone")))).isEqualTo("13912345678");
        assertThat(row.get("phone_hash")).isEqualTo(cipher.hash("13912345678"));

        JsonNode detail = api.get("/api/online/data/safety_employee/" + id, CLERK).result();
        assertThat(detail.path("id_card").asText()).isEqualTo("6108**********123X");
        assertThat(detail.path("phone").asText()).isEqualTo("139****5678");
        assertThat(detail.has("phone_hash")).isFalse();
        assertThat(detail.has("id_card_hash")).isFalse();

        JsonNode list = api.get("/api/online/data/safety_employee?name=" + q("敏感甲"), CLERK).result();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("records").get(0).path("phone").asText()).isEqualTo("139****5678");
        assertThat(list.path("records").get(0).has("phone_hash")).isFalse();

        JsonNode clear = api.get("/api/online/data/safety_employee/" + id, VIEWER).result();
        assertThat(clear.path("id_card").asText()).isEqualTo("61080219900101123X");
        assertThat(clear.path("phone").asText()).isEqualTo("13912345678");
    }

    @Test
    void exactMatchQueryGoesThroughTheBlindIndexAndLikeOrSortIsRefused() {
        long id = employee("敏感乙", "610802198812120017", "13811112222");
        employee("敏感丙", "610802198812120025", "13811113333");
        JsonNode byId = api.get("/api/online/data/safety_employee?id_card=610802198812120017", CLERK).result();
        assertThat(byId.path("total").asLong()).isEqualTo(1);
        assertThat(byId.path("records").get(0).path("id").asText()).isEqualTo(String.valueOf(id));
        assertThat(api.get("/api/online/data/safety_employee?phone=13811113333", CLERK).result().path("total").asLong()).isEqualTo(1);
        // no partial match on ciphertext: a prefix is just another exact value
        assertThat(api.get("/api/online/data/safety_employee?phone=138111", CLERK).result().path("total").asLong()).isZero();
        Api.Answer sort = api.get("/api/online/data/safety_employee?sort=phone", CLERK);
        assertThat(sort.status()).isEqualTo(400);
        assertThat(api.get("/api/online/data/safety_employee?phone_hash=" + cipher.hash("13811113333"), CLERK).status())
                .isEqualTo(400);
    }

    @Test
    void editKeepsTheNumberWhenTheMaskComesBackAndEncryptsANewOne() {
        long id = employee("敏感丁", "610802197001010011", "13700001234");
        JsonNode detail = api.get("/api/online/data/safety_employee/" + id, CLERK).result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", detail.path("version").asInt());
        body.put("job", "押运员");
        body.put("phone", detail.path("phone").asText()); // 137****1234, as an edit page sends it back
        body.put("id_card", detail.path("id_card").asText());
        Api.Answer put = api.put("/api/online/data/safety_employee/" + id, CLERK, body);
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        Map<String, Object> row = jdbc.queryForMap("SELECT phone, phone_hash, job FROM safety_employee WHERE id = ?", id);
        assertThat(row.get("job")).isEqualTo("押运员");
        assertThat(cipher.decrypt(String.valueOf(row.get("phone")))).isEqualTo("13700001234");

        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", detail.path("version").asInt() + 1);
        change.put("phone", "13700005678");
        assertThat(api.put("/api/online/data/safety_employee/" + id, CLERK, change).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT phone_hash FROM safety_employee WHERE id = ?", String.class, id))
                .isEqualTo(cipher.hash("13700005678"));

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("version", detail.path("version").asInt() + 2);
        bad.put("phone", "137****0000"); // a mask that is not the stored number's: validated like any value
        Api.Answer refused = api.put("/api/online/data/safety_employee/" + id, CLERK, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.result().path("phone").asText()).isEqualTo("电话应为 11 位手机号");
    }

    @Test
    void exportIsMaskedAndImportEncrypts() throws Exception {
        employee("敏感戊", "610802196505050031", "13655556666");
        HttpResponse<byte[]> xlsx = api.bytes("/api/online/data/safety_employee/export?name=" + q("敏感戊"), CLERK);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<Map<Integer, String>> sheet = OnlineExcelIT.readSheet(xlsx.body());
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).containsValues("6108**********0031", "136****6666")
                .doesNotContainValue("13655556666").doesNotContainValue("610802196505050031");
        HttpResponse<byte[]> clear = api.bytes("/api/online/data/safety_employee/export?name=" + q("敏感戊"), VIEWER);
        assertThat(OnlineExcelIT.readSheet(clear.body()).get(1)).containsValues("13655556666", "610802196505050031");

        byte[] file = OnlineExcelIT.workbook(List.of(
                List.of("所属主体", "姓名", "身份证号", "电话", "所属网格ID"),
                List.of("31001", "敏感导入", "610802197707070048", "13544445555", "101")));
        Api.Answer imported = api.upload("/api/online/data/safety_employee/import?mode=all", CLERK, "e.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.result().path("imported").asInt()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT id_card, id_card_hash FROM safety_employee WHERE name = '敏感导入'");
        assertThat(String.valueOf(row.get("id_card"))).doesNotContain("19770707");
        assertThat(cipher.decrypt(String.valueOf(row.get("id_card")))).isEqualTo("610802197707070048");
        assertThat(row.get("id_card_hash")).isEqualTo(cipher.hash("610802197707070048"));
    }

    @Test
    void demoAndLegacyPlainValuesAreEncryptedByTheIdempotentBackfill() {
        // demo subject 31001 was inserted in plain by the demo migration and encrypted at start-up
        Map<String, Object> demo = jdbc.queryForMap("SELECT phone, phone_hash FROM safety_subject WHERE id = 31001");
        assertThat(demo.get("phone")).isNotEqualTo("13891230001");
        assertThat(cipher.decrypt(String.valueOf(demo.get("phone")))).isEqualTo("13891230001");
        assertThat(demo.get("phone_hash")).isEqualTo(cipher.hash("13891230001"));
        assertThat(api.get("/api/online/data/safety_subject/31001", CLERK).result().path("phone").asText()).isEqualTo("138****0001");

        // a row written around the engine (plain, no blind index): still masked on output, encrypted by the backfill
        jdbc.update("INSERT INTO safety_employee (id, subject_id, name, id_card, phone, tenant_id, grid_id, version, del_flag)"
                + " VALUES (98101, 31001, '旧数据', '610802195001010052', '13300001111', 1, 101, 0, 0)");
        JsonNode legacy = api.get("/api/online/data/safety_employee/98101", CLERK).result();
        assertThat(legacy.path("id_card").asText()).isEqualTo("6108**********0052");
        assertThat(legacy.path("phone").asText()).isEqualTo("133****1111");

        var form = forms.runtime("safety_employee");
        var idCard = form.field("id_card").orElseThrow();
        assertThat(backfill.encrypt(form, idCard)).isGreaterThanOrEqualTo(1);
        assertThat(backfill.encrypt(form, idCard)).isZero(); // idempotent
        Map<String, Object> row = jdbc.queryForMap("SELECT id_card, id_card_hash FROM safety_employee WHERE id = 98101");
        assertThat(cipher.decrypt(String.valueOf(row.get("id_card")))).isEqualTo("610802195001010052");
        assertThat(row.get("id_card_hash")).isEqualTo(cipher.hash("610802195001010052"));
        assertThat(api.get("/api/online/data/safety_employee?id_card=610802195001010052", CLERK).result().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/online/data/safety_employee/98101", VIEWER).result().path("id_card").asText())
                .isEqualTo("610802195001010052");
    }

    @Test
    void aSensitiveFieldMustBeAnExactMatchStringWithoutDictionaryOrSort() {
        Map<String, Object> field = new LinkedHashMap<>(Map.of("name", "mobile", "label", "手机", "type", "string",
                "length", 20, "sensitive", "phone", "query", "like"));
        Map<String, Object> form = Map.of("code", "sens_bad98", "title", "坏表单", "kind", "single",
                "fields", List.of(field));
        Api.Answer a = api.post("/api/online/forms", "admin", form);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.raw()).contains("敏感字段加密存储，只支持精确查询");
        field.put("query", "eq");
        field.put("sensitive", "email");
        assertThat(api.post("/api/online/forms", "admin", form).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onl_form WHERE code = 'sens_bad98'", Long.class)).isZero();
    }
}
