package com.yuyang.server.message;

import com.yuyang.server.support.EmptyDept;
import com.yuyang.server.support.Api;
import cn.idev.excel.FastExcel;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E3 — notices (通知公告) and notification groups over HTTP: publish to grids/roles/depts/groups with the
 * pinned flag decided at creation, read statistics (who has / has not read) and their xlsx export,
 * bad input answered 400 in Chinese with nothing written, and 401/403 for callers without the codes.
 * leader1 (dept_leader) holds msg:notice:* and msg:group:* in the demo; inspectors do not.
 */
class NoticeAdminIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static Map<String, Object> notice(String title, boolean pinned, Map<String, Object> targets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("content", "请按时完成检查");
        m.put("pinned", pinned);
        m.put("targets", targets);
        return m;
    }

    long publish(String title, boolean pinned, Map<String, Object> targets) {
        Api.Answer a = api.post("/api/msg/notices", "leader1", notice(title, pinned, targets));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    @Test
    void e3_noticeToGridsWithReadStatisticsAndExport() throws Exception {
        String title = "网格通知 " + UUID.randomUUID();
        long id = publish(title, true, Map.of("gridIds", List.of(101, 102)));

        JsonNode mine = api.get("/api/msg/my?keyword=" + title.substring(5), "inspector1").result().path("records");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("pinned").asBoolean()).isTrue();
        assertThat(mine.get(0).path("senderName").asText()).isEqualTo("刘所长");
        assertThat(api.get("/api/msg/" + id, "enforcer1").status()).as("grid 201 is not a target").isEqualTo(404);

        Api.Answer read = api.post("/api/msg/" + id + "/read", "inspector1", null);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        JsonNode stats = api.get("/api/msg/notices/" + id + "/stats", "leader1").result();
        assertThat(stats.path("recipientCount").asInt()).isEqualTo(stats.path("readCount").asInt() + stats.path("unreadCount").asInt());
        assertThat(usernames(stats.path("read"))).containsExactly("inspector1");
        assertThat(usernames(stats.path("unread"))).contains("inspector2", "enterprise1").doesNotContain("inspector1", "enforcer1");

        JsonNode row = findRow(api.get("/api/msg/notices?keyword=" + title.substring(5), "leader1").result(), id);
        assertThat(row.path("readCount").asInt()).isEqualTo(1);
        assertThat(row.path("recipientCount").asInt()).isEqualTo(stats.path("recipientCount").asInt());

        JsonNode sent = findRow(api.get("/api/msg/sent?type=NOTICE", "leader1").result(), id);
        assertThat(sent.path("readCount").asInt()).isEqualTo(1);

        HttpResponse<byte[]> xlsx = Api.CLIENT.send(HttpRequest.newBuilder(
                        URI.create(api.base() + "/api/msg/notices/" + id + "/stats/export"))
                .header("X-Access-Token", api.token("leader1")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<Map<Integer, String>> lines = FastExcel.read(new ByteArrayInputStream(xlsx.body())).sheet().headRowNumber(1).doReadSync();
        assertThat(lines).hasSize(stats.path("recipientCount").asInt());
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry(0, "inspector1").containsEntry(2, "已读"));
        assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry(0, "inspector2").containsEntry(2, "未读"));
    }

    @Test
    void e3_noticeToRoleAndDeptAndDelete() {
        String title = "角色部门通知 " + UUID.randomUUID();
        long id = publish(title, false, Map.of("roleCodes", List.of("enforcer"), "deptIds", List.of(12)));
        assertThat(api.get("/api/msg/" + id, "enforcer1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + id, "roadchief1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + id, "inspector1").status()).isEqualTo(404);

        assertThat(api.delete("/api/msg/notices/" + id, "leader1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + id, "enforcer1").status()).as("a deleted notice is gone for everyone").isEqualTo(404);
        assertThat(api.get("/api/msg/notices/" + id + "/stats", "leader1").status()).isEqualTo(404);
    }

    @Test
    void e3_groupsAreReusableTargets() {
        Api.Answer g = api.post("/api/msg/groups", "leader1", Map.of("name", "执法与路长 " + UUID.randomUUID(),
                "members", Map.of("roleCodes", List.of("enforcer"), "userIds", List.of(5))));
        assertThat(g.status()).as(g.raw()).isEqualTo(200);
        long groupId = g.result().path("id").asLong();
        assertThat(api.get("/api/msg/groups", "leader1").raw()).contains(String.valueOf(groupId));

        long id = publish("分组通知 " + UUID.randomUUID(), false, Map.of("groupIds", List.of(groupId)));
        assertThat(api.get("/api/msg/" + id, "enforcer1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + id, "roadchief1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + id, "inspector1").status()).isEqualTo(404);

        Api.Answer nested = api.post("/api/msg/groups", "leader1", Map.of("name", "嵌套",
                "members", Map.of("groupIds", List.of(groupId))));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.message()).contains("分组");
    }

    @Test
    void e3_badInputIs400InChineseAndWritesNothing() {
        int before = rows();
        assertBad(notice(" ", false, Map.of("userIds", List.of(2))), "标题不能为空");
        assertBad(notice("t", false, Map.of()), "接收对象");
        assertBad(notice("t", false, Map.of("roleCodes", List.of("no_such_role"))), "角色不存在");
        assertBad(notice("t", false, Map.of("gridIds", List.of(987654))), "网格不存在");
        assertBad(notice("t", false, Map.of("deptIds", List.of(987654))), "部门不存在");
        assertBad(notice("t", false, Map.of("userIds", List.of(987654))), "用户不存在");
        assertBad(notice("t", false, Map.of("deptIds", List.of(EmptyDept.ensure(jdbc)))), "没有可接收");
        Map<String, Object> badPriority = notice("t", false, Map.of("userIds", List.of(2)));
        badPriority.put("priority", "SUPER");
        assertBad(badPriority, "优先级");
        assertBad(Map.of("title", "t"), "接收对象不能为空");
        Api.Answer broken = api.post("/api/msg/notices", "leader1", "{\"title\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(api.post("/api/msg/groups", "leader1", Map.of("name", "", "members", Map.of("userIds", List.of(2))))
                .status()).isEqualTo(400);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void e3_adminApisAre401WithoutTokenAnd403WithoutPermission() {
        Map<String, Object> body = notice("越权", false, Map.of("userIds", List.of(3)));
        assertThat(api.call("GET", "/api/msg/notices", null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", "/api/msg/notices", null, body).status()).isEqualTo(401);
        assertThat(api.call("GET", "/api/msg/groups", null, null).status()).isEqualTo(401);

        for (String user : List.of("inspector1", "enterprise1")) {
            assertThat(api.get("/api/msg/notices", user).status()).isEqualTo(403);
            assertThat(api.post("/api/msg/notices", user, body).status()).isEqualTo(403);
            assertThat(api.get("/api/msg/notices/9601/stats", user).status()).isEqualTo(403);
            assertThat(api.get("/api/msg/notices/9601/stats/export", user).status()).isEqualTo(403);
            assertThat(api.delete("/api/msg/notices/9601", user).status()).isEqualTo(403);
            assertThat(api.get("/api/msg/groups", user).status()).isEqualTo(403);
            assertThat(api.post("/api/msg/groups", user, Map.of("name", "x", "members", Map.of("userIds", List.of(2))))
                    .status()).isEqualTo(403);
        }
        assertThat(api.get("/api/msg/notices", "admin").status()).isEqualTo(200);
    }

    @Test
    void e3_demoNoticesReachEveryDemoUser() {
        JsonNode records = api.get("/api/msg/my?type=NOTICE&pageSize=200", "enterprise1").result().path("records");
        Set<Long> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.path("id").asLong()));
        assertThat(ids).contains(9601L, 9602L);
    }

    void assertBad(Object body, String message) {
        Api.Answer a = api.post("/api/msg/notices", "leader1", body);
        assertThat(a.status()).as(a.raw()).isEqualTo(400);
        assertThat(a.raw()).contains(message);
    }

    int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE sender_id = 7", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM msg_group", Integer.class);
    }

    static List<String> usernames(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.path("username").asText()));
        return out;
    }

    static JsonNode findRow(JsonNode page, long id) {
        for (JsonNode r : page.path("records")) {
            if (r.path("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("row " + id + " not in " + page);
    }
}
