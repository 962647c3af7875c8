package com.yuyang.server.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.api.OnlineFormController;
import com.yuyang.base.online.ddl.SyncReport;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P3: forms created and changed through the API at runtime; sync rules (widen, destructive only confirmed). */
class OnlineFormRuntimeChangeIT extends IntegrationTest {

    @Autowired
    OnlineFormController forms;
    @Autowired
    OnlineDataController data;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    private JsonNode form(String code, String extraFields) throws Exception {
        return json.readTree("{\"code\":\"" + code + "\",\"title\":\"运行时表单\",\"kind\":\"single\",\"fields\":["
                + "{\"name\":\"name\",\"label\":\"名称\",\"type\":\"string\",\"length\":20,\"required\":true,\"query\":\"like\"},"
                + "{\"name\":\"note\",\"label\":\"说明\",\"type\":\"string\",\"length\":50}" + extraFields + "]}");
    }

    @Test
    void addingAFieldThroughTheApiAndSyncingShowsItAtOnce() throws Exception {
        as(ADMIN, () -> forms.create(unchecked(() -> form("rt_station", ""))));
        SyncReport created = as(ADMIN, () -> forms.sync("rt_station", false).result());
        assertThat(created.status()).isEqualTo(SyncReport.APPLIED);
        String id = as(ADMIN, () -> data.add("rt_station", Map.of("name", "榆阳汽车站")).result());

        JsonNode v2 = form("rt_station", ",{\"name\":\"phone\",\"label\":\"联系电话\",\"type\":\"string\",\"length\":20,\"query\":\"eq\"}");
        as(ADMIN, () -> forms.update("rt_station", v2, 1));
        assertThat(as(ADMIN, () -> data.get("rt_station", id).result())).doesNotContainKey("phone");
        assertThatThrownBy(() -> as(ADMIN, () -> forms.update("rt_station", v2, 1)))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(409));

        SyncReport added = as(ADMIN, () -> forms.sync("rt_station", false).result());
        assertThat(added.applied()).anyMatch(s -> s.contains("ADD COLUMN phone"));
        assertThat(as(ADMIN, () -> data.get("rt_station", id).result())).containsEntry("phone", null);
        String id2 = as(ADMIN, () -> data.add("rt_station", Map.of("name", "榆林客运站", "phone", "0912-3333333")).result());
        assertThat(as(ADMIN, () -> data.list("rt_station", Map.of("phone", "0912-3333333")).result().records()))
                .extracting(r -> r.get("id")).containsExactly(id2);

        String exported = new String(as(ADMIN, () -> forms.export("rt_station").getBody()), StandardCharsets.UTF_8);
        JsonNode exportedNode = json.readTree(exported);
        assertThat(exportedNode.get("version").asInt()).isEqualTo(2);
        assertThat(exportedNode.get("fields")).hasSize(3);
        assertThat(exportedNode.get("fields").get(2).get("name").asText()).isEqualTo("phone");
        assertThat(exportedNode.has("indexes")).isFalse();
    }

    @Test
    void widenRunsAtOnceButDropAndNarrowWaitForConfirmAndKeepABackup() throws Exception {
        as(ADMIN, () -> forms.create(unchecked(() -> form("rt_depot", ""))));
        as(ADMIN, () -> forms.sync("rt_depot", false));
        as(ADMIN, () -> data.add("rt_depot", Map.of("name", "东沙停车场", "note", "保留的说明")));

        ObjectNode v2 = (ObjectNode) form("rt_depot", "");
        ArrayNode fields = (ArrayNode) v2.get("fields");
        ((ObjectNode) fields.get(0)).put("length", 100);
        fields.remove(1);
        as(ADMIN, () -> forms.update("rt_depot", v2, null));
        SyncReport pending = as(ADMIN, () -> forms.sync("rt_depot", false).result());
        assertThat(pending.status()).isEqualTo(SyncReport.PENDING_CONFIRM);
        assertThat(pending.applied()).anyMatch(s -> s.contains("name"));
        assertThat(pending.pending()).containsExactly("ALTER TABLE rt_depot DROP COLUMN note");
        assertThat(jdbc.queryForObject("SELECT note FROM rt_depot", String.class)).isEqualTo("保留的说明");
        assertThat(jdbc.queryForObject("SELECT character_maximum_length FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'rt_depot' AND column_name = 'name'", Integer.class)).isEqualTo(100);

        SyncReport confirmed = as(ADMIN, () -> forms.sync("rt_depot", true).result());
        assertThat(confirmed.status()).isEqualTo(SyncReport.APPLIED);
        assertThat(confirmed.backupTable()).startsWith("bak_rt_depot_");
        assertThat(jdbc.queryForObject("SELECT note FROM " + confirmed.backupTable(), String.class)).isEqualTo("保留的说明");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = 'rt_depot' AND column_name = 'note'", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT status FROM onl_ddl_log WHERE form_code = 'rt_depot' ORDER BY create_time, id",
                String.class)).containsExactly("APPLIED", "PENDING_CONFIRM", "APPLIED");
    }

    @Test
    void invalidOrHostileDefinitionsAreRefusedWith400() {
        for (String bad : new String[]{
                "{\"code\":\"Bad-Code\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"x1\",\"title\":\"x\",\"fields\":[{\"name\":\"select\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"x2\",\"title\":\"x\",\"table\":\"sys_user\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"x3\",\"title\":\"x\",\"fields\":[{\"name\":\"a; drop table sys_user\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"x4\",\"title\":\"x\",\"fields\":[{\"name\":\"id\",\"label\":\"a\",\"type\":\"string\"}]}",
                "{\"code\":\"x5\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"blob\"}]}",
                "{\"code\":\"x6\",\"title\":\"x\",\"fields\":[{\"name\":\"a\",\"label\":\"a\",\"type\":\"string\",\"dictTable\":{\"table\":\"sys_user\",\"label\":\"password_hash\",\"value\":\"id\"}}]}"}) {
            assertThatThrownBy(() -> as(ADMIN, () -> forms.create(unchecked(() -> json.readTree(bad)))))
                    .as(bad).isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onl_form WHERE code LIKE 'x%'", Integer.class)).isZero();
    }

    interface Body<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(Body<T> b) {
        try {
            return b.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
