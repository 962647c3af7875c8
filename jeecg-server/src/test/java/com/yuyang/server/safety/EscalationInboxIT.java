package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A5 handling page: the inbox answers names (subject, items, raiser, departments), a handled box and filters;
 * the candidate picker lists exactly who the reassignment accepts (grid, unit and items), and a second handler
 * gets 409 with a message the page can show.
 */
class EscalationInboxIT extends IntegrationTest {

    static final long TEAM_DEPT = 82010;        // 检查组 under 运输管理所 (10)
    static final long RAISER = 82101;           // member of 82010 covering grid 101, holds no items
    static final long OTHER_UNIT = 82102;       // 执法大队 (11), covers grid 101 and holds 30008: wrong unit
    static final long NO_ITEMS = 82103;         // 运输管理所, covers grid 101, holds nothing
    static final long SUBJECT_GRID_101 = 31001; // 榆林鼓楼货运有限公司, unit 10
    static final long ITEM = 30008;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_dept WHERE id = ?", Integer.class, TEAM_DEPT) == 0) {
            jdbc.update("INSERT INTO sys_dept (id, tenant_id, parent_id, path, name, code, category, sort_no)"
                    + " VALUES (?, 1, 10, '/1/10/82010/', 'IT鼓楼检查组', 'IT-82010', 'DEPT', 9)", TEAM_DEPT);
            user(RAISER, "it82101", "上报队员", TEAM_DEPT);
            user(OTHER_UNIT, "it82102", "执法队网格员", 11);
            user(NO_ITEMS, "it82103", "无检查项网格员", 10);
            jdbc.update("INSERT INTO safety_inspector_item (id, user_id, item_id, create_by, create_time)"
                    + " VALUES (82901, ?, ?, 'it', CURRENT_TIMESTAMP)", OTHER_UNIT, ITEM);
        }
    }

    void user(long id, String username, String name, long dept) {
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " SELECT ?, 1, ?, password_hash, ?, ?, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 2", id, username, name, dept);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 3)", id);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 101)", id);
    }

    long raise(String reason) {
        Api.Answer a = api.post("/api/app/escalations", "it82101",
                Map.of("subjectId", SUBJECT_GRID_101, "itemIds", List.of(ITEM), "reason", reason));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    static JsonNode find(JsonNode list, long id) {
        for (JsonNode r : list) {
            if (r.path("id").asLong() == id) {
                return r;
            }
        }
        return null;
    }

    static String enc(String v) {
        return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(r -> out.add(r.path("id").asLong()));
        return out;
    }

    @Test
    void a5_inbox_shows_names_filters_and_moves_handled_escalations_to_the_handled_box() {
        long id = raise("设备设施不在本人职责内");

        Api.Answer waiting = api.get("/api/safety/escalations?box=waiting&status=OPEN", "leader1");
        assertThat(waiting.status()).as(waiting.raw()).isEqualTo(200);
        JsonNode row = find(waiting.result(), id);
        assertThat(row).isNotNull();
        assertThat(row.path("subjectName").asText()).isEqualTo("榆林鼓楼货运有限公司");
        assertThat(row.path("itemNames").get(0).asText()).isNotBlank().doesNotStartWith("#");
        assertThat(row.path("raisedByName").asText()).isEqualTo("上报队员");
        assertThat(row.path("currentDeptName").asText()).isEqualTo("运输管理所");
        assertThat(row.path("reason").asText()).isEqualTo("设备设施不在本人职责内");
        assertThat(row.path("createTime").isNull()).isFalse();

        // subject-name filter
        assertThat(ids(api.get("/api/safety/escalations?keyword=" + enc("鼓楼货运"), "leader1").result())).contains(id);
        assertThat(ids(api.get("/api/safety/escalations?keyword=" + enc("不存在的主体名"), "leader1").result())).doesNotContain(id);
        assertThat(ids(api.get("/api/safety/escalations?keyword=%25", "leader1").result())).doesNotContain(id);
        // not handled by anyone yet
        assertThat(ids(api.get("/api/safety/escalations?box=handled", "leader1").result())).doesNotContain(id);

        Api.Answer up = api.post("/api/safety/escalations/" + id + "/escalate", "leader1", Map.of("reason", "需局机关协调"));
        assertThat(up.status()).as(up.raw()).isEqualTo(200);
        assertThat(up.result().path("currentDeptName").asText()).isEqualTo("榆阳区交通运输局");
        JsonNode step = up.result().path("steps").get(1);
        assertThat(step.path("fromDeptName").asText()).isEqualTo("运输管理所");
        assertThat(step.path("toDeptName").asText()).isEqualTo("榆阳区交通运输局");
        assertThat(step.path("actorName").asText()).isEqualTo("刘所长");

        // 运输管理所: gone from the waiting box, present in the handled one (waiting at the bureau now)
        assertThat(ids(api.get("/api/safety/escalations?box=waiting", "leader1").result())).doesNotContain(id);
        JsonNode handled = find(api.get("/api/safety/escalations?box=handled", "leader1").result(), id);
        assertThat(handled).isNotNull();
        assertThat(handled.path("status").asText()).isEqualTo("OPEN");
        assertThat(handled.path("currentDeptName").asText()).isEqualTo("榆阳区交通运输局");

        Api.Answer done = api.post("/api/safety/escalations/" + id + "/reassign", "admin", Map.of("inspectorId", 2, "note", "由张网格检查"));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.result().path("assigneeName").asText()).isEqualTo("张网格");
        assertThat(done.result().path("steps").get(2).path("targetUserName").asText()).isEqualTo("张网格");
        assertThat(ids(api.get("/api/safety/escalations?box=handled&status=REASSIGNED", "admin").result())).contains(id);

        // a second handler: 409 with the reason
        Api.Answer again = api.post("/api/safety/escalations/" + id + "/reassign", "admin", Map.of("inspectorId", 2));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("已处理");
        assertThat(api.get("/api/safety/escalations/" + id + "/candidates", "admin").status()).isEqualTo(409);

        // the raiser's own list carries the names too
        JsonNode mine = find(api.get("/api/app/escalations", "it82101").result(), id);
        assertThat(mine.path("assigneeName").asText()).isEqualTo("张网格");
    }

    @Test
    void a5_candidates_are_exactly_whom_the_reassignment_accepts() {
        long id = raise("需持证人员检查");
        Api.Answer c = api.get("/api/safety/escalations/" + id + "/candidates", "leader1");
        assertThat(c.status()).as(c.raw()).isEqualTo(200);
        List<Long> candidates = new ArrayList<>();
        c.result().forEach(n -> candidates.add(n.path("id").asLong()));
        assertThat(candidates).contains(2L).doesNotContain(OTHER_UNIT, NO_ITEMS, RAISER, 3L);
        assertThat(find(c.result(), 2).path("realName").asText()).isEqualTo("张网格");
        assertThat(find(c.result(), 2).path("username").asText()).isEqualTo("inspector1");

        // every non-candidate is refused with the reason, nothing changes
        Api.Answer unit = api.post("/api/safety/escalations/" + id + "/reassign", "leader1", Map.of("inspectorId", OTHER_UNIT));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.message()).contains("单位");
        Api.Answer items = api.post("/api/safety/escalations/" + id + "/reassign", "leader1", Map.of("inspectorId", NO_ITEMS));
        assertThat(items.status()).isEqualTo(400);
        assertThat(items.message()).contains("检查项");
        Api.Answer grid = api.post("/api/safety/escalations/" + id + "/reassign", "leader1", Map.of("inspectorId", 3));
        assertThat(grid.status()).isEqualTo(400);
        assertThat(grid.message()).contains("网格");
        assertThat(jdbc.queryForObject("SELECT status FROM safety_escalation WHERE id = ?", String.class, id)).isEqualTo("OPEN");

        // only the department it waits at may look for candidates; inspectors never
        assertThat(api.get("/api/safety/escalations/" + id + "/candidates", "inspector1").status()).isEqualTo(403);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = 82201", Integer.class) == 0) {
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " SELECT 82201, 1, 'it82201', password_hash, '执法大队负责人', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 7");
            jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (82201, 2)");
        }
        assertThat(api.get("/api/safety/escalations/" + id + "/candidates", "it82201").status()).isEqualTo(403);
        assertThat(ids(api.get("/api/safety/escalations", "it82201").result())).doesNotContain(id);
        assertThat(ids(api.get("/api/safety/escalations?box=handled", "it82201").result())).doesNotContain(id);
        assertThat(api.get("/api/safety/escalations/99999999/candidates", "leader1").status()).isEqualTo(404);
    }

    @Test
    void a5_bad_list_parameters_are_refused_with_400() {
        assertThat(api.get("/api/safety/escalations?box=archive", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/escalations?status=DONE", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/escalations?keyword=" + enc("长".repeat(101)), "leader1").status()).isEqualTo(400);
    }
}
