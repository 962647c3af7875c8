package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.dict.DictTranslator;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P8 / issue 2 item 6 (dictionaries): seeded dictionaries, admin CRUD, {@code <field>_dictText} in
 * responses, cache eviction on change, and 400 with a Chinese message (nothing written) on bad input.
 */
class DictIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DictTranslator translator;
    @Autowired
    JdbcTemplate jdbc;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(http);
    }

    static String newCode() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private int dictRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict", Integer.class);
    }

    private int itemRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict_item", Integer.class);
    }

    @Test
    void platformDictionariesAreSeededWithChineseLabels() {
        assertThat(translator.labels("subject_status")).containsExactly(
                Map.entry("NORMAL", "正常"), Map.entry("HIDDEN", "隐藏"), Map.entry("LOCKED", "锁止"), Map.entry("ABNORMAL", "异常"));
        assertThat(translator.labels("check_result").values()).containsExactly("合格", "不达标", "忽略");
        for (String code : new String[] {"sex", "yes_no", "user_status", "user_type", "data_scope", "permission_type",
                "grid_status", "urgency"}) {
            assertThat(translator.labels(code)).as(code).isNotEmpty();
        }
        assertThat(translator.translate("user_status", "DISABLED")).isEqualTo("停用");
        assertThat(translator.translate("user_status", "NOPE")).isNull();
        assertThat(translator.labels("no_such_dict")).isEmpty();
    }

    @Test
    void anyLoggedInUserReadsTheItemsOfADictionaryByCode() {
        AdminApi.Response r = api.get("/api/sys/dicts/data_scope/items");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.result()).hasSize(3);
        assertThat(r.result().get(0).path("itemValue").asText()).isEqualTo("ALL");
        assertThat(r.result().get(0).path("itemLabel").asText()).isEqualTo("全部数据");
    }

    @Test
    void adminCreatesEditsAndDeletesADictionaryAndItsItems() {
        String code = newCode();
        AdminApi.Response created = api.post("/api/sys/dicts", Map.of("code", code, "name", "测试字典", "description", "集成测试"));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = created.result().path("id").asLong();
        // dictionary translation of the response itself: status ACTIVE → 启用
        assertThat(created.result().path("status_dictText").asText()).isEqualTo("启用");

        AdminApi.Response item = api.post("/api/sys/dicts/" + id + "/items", Map.of("value", "A", "label", "甲", "sortNo", 1));
        assertThat(item.status()).as(item.raw()).isEqualTo(200);
        long itemId = item.result().path("id").asLong();
        api.post("/api/sys/dicts/" + id + "/items", Map.of("value", "B", "label", "乙", "sortNo", 2, "color", "red"));

        assertThat(labels(code)).containsExactly(Map.entry("A", "甲"), Map.entry("B", "乙"));

        AdminApi.Response detail = api.get("/api/sys/dicts/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.result().path("dict").path("code").asText()).isEqualTo(code);
        assertThat(detail.result().path("items")).hasSize(2);
        assertThat(detail.result().path("items").get(0).path("status_dictText").asText()).isEqualTo("启用");

        int version = detail.result().path("items").get(0).path("version").asInt();
        AdminApi.Response edited = api.put("/api/sys/dicts/items/" + itemId,
                Map.of("value", "A", "label", "甲（改）", "sortNo", 3, "version", version));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        // the cache entry was evicted: the new label and order are served at once
        assertThat(labels(code)).containsExactly(Map.entry("B", "乙"), Map.entry("A", "甲（改）"));

        // a stale version is a conflict
        AdminApi.Response stale = api.put("/api/sys/dicts/items/" + itemId,
                Map.of("value", "A", "label", "过期", "sortNo", 3, "version", version));
        assertThat(stale.status()).isEqualTo(409);

        // disabling the dictionary hides its items
        int dictVersion = detail.result().path("dict").path("version").asInt();
        AdminApi.Response disabled = api.put("/api/sys/dicts/" + id,
                Map.of("code", code, "name", "测试字典", "status", "DISABLED", "version", dictVersion));
        assertThat(disabled.status()).as(disabled.raw()).isEqualTo(200);
        assertThat(disabled.result().path("status_dictText").asText()).isEqualTo("停用");
        assertThat(labels(code)).isEmpty();

        assertThat(api.delete("/api/sys/dicts/items/" + itemId).status()).isEqualTo(200);
        assertThat(api.delete("/api/sys/dicts/" + id).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_dict_item WHERE dict_id = ?", Integer.class, id)).isZero();
        assertThat(api.get("/api/sys/dicts/" + id).status()).isEqualTo(404);
        // the code is free again
        assertThat(api.post("/api/sys/dicts", Map.of("code", code, "name", "再建")).status()).isEqualTo(200);
    }

    @Test
    void labelsAreServedFromTheCacheUntilAChangeEvictsThem() {
        String code = newCode();
        long id = api.post("/api/sys/dicts", Map.of("code", code, "name", "缓存测试")).result().path("id").asLong();
        long itemId = api.post("/api/sys/dicts/" + id + "/items", Map.of("value", "X", "label", "旧", "sortNo", 1))
                .result().path("id").asLong();
        assertThat(translator.translate(code, "X")).isEqualTo("旧");

        // a change behind the service's back is not seen: the labels come from the cache
        jdbc.update("UPDATE sys_dict_item SET item_label = '绕过' WHERE id = ?", itemId);
        assertThat(translator.translate(code, "X")).isEqualTo("旧");

        // a change through the API evicts the entry
        int version = jdbc.queryForObject("SELECT version FROM sys_dict_item WHERE id = ?", Integer.class, itemId);
        api.put("/api/sys/dicts/items/" + itemId, Map.of("value", "X", "label", "新", "sortNo", 1, "version", version));
        assertThat(translator.translate(code, "X")).isEqualTo("新");
    }

    @Test
    void badInputIsRejectedWith400AndAChineseMessageAndNothingIsWritten() {
        int dicts = dictRows();
        int items = itemRows();
        String code = newCode();

        assertBad(api.post("/api/sys/dicts", Map.of("name", "缺编码")), "字典编码不能为空");
        assertBad(api.post("/api/sys/dicts", Map.of("code", "Bad-Code", "name", "x")), "字典编码须以小写字母开头");
        assertBad(api.post("/api/sys/dicts", Map.of("code", code, "name", "长".repeat(101))), "字典名称不能超过 100 个字符");
        assertBad(api.post("/api/sys/dicts", Map.of("code", code, "name", "x", "status", "MAYBE")), "状态只能是");
        assertBad(api.post("/api/sys/dicts", "{\"code\": [1,2], \"name\": \"x\"}"), "code");
        assertBad(api.post("/api/sys/dicts", "not json"), "JSON");
        assertBad(api.get("/api/sys/dicts?pageSize=5000"), "每页条数不能超过 200");
        assertBad(api.get("/api/sys/dicts/Bad-Code/items"), "字典编码格式不正确");
        assertBad(api.put("/api/sys/dicts/abc", Map.of("code", code, "name", "x")), "id");

        assertBad(api.post("/api/sys/dicts/1/items", Map.of("label", "缺值", "sortNo", 1)), "字典项值不能为空");
        assertBad(api.post("/api/sys/dicts/1/items", Map.of("value", "9", "label", "x", "sortNo", "abc")), "sortNo");
        assertBad(api.post("/api/sys/dicts/1/items", Map.of("value", "9", "label", "x", "sortNo", -1)), "排序号不能小于 0");
        assertBad(api.post("/api/sys/dicts/1/items", Map.of("value", "9", "label", "x", "sortNo", 1, "color", "red;drop")), "颜色格式不正确");
        assertBad(api.put("/api/sys/dicts/items/101", Map.of("value", "1", "label", "男", "sortNo", 1)), "版本号");
        assertBad(api.put("/api/sys/dicts/1", Map.of("code", "sex_changed", "name", "性别", "version", 0)), "字典编码创建后不能修改");

        // duplicates are conflicts, not writes
        AdminApi.Response dup = api.post("/api/sys/dicts", Map.of("code", "sex", "name", "重复"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.message()).contains("字典编码已存在");
        assertThat(api.post("/api/sys/dicts/1/items", Map.of("value", "1", "label", "重复", "sortNo", 1)).status()).isEqualTo(409);

        assertThat(dictRows()).isEqualTo(dicts);
        assertThat(itemRows()).isEqualTo(items);
    }

    private Map<String, String> labels(String code) {
        AdminApi.Response r = api.get("/api/sys/dicts/" + code + "/items");
        assertThat(r.status()).isEqualTo(200);
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode n : r.result()) {
            out.put(n.path("itemValue").asText(), n.path("itemLabel").asText());
        }
        return out;
    }

    static void assertBad(AdminApi.Response r, String messagePart) {
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.raw()).contains(messagePart);
        assertThat(r.message()).matches("(?s).*[\\u4e00-\\u9fa5].*");
    }
}
