package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser's case workbench (案件办理): list tabs and counts, case context, dispatch candidates, media — grid-isolated. */
class CaseWorkbenchIT extends IntegrationTest {

    static final long OVERLOAD = 400101;       // demo minor class 超限超载运输 (录入 → 派单 → 核实 → …)
    static final long ROAD_MAJOR = 400100;
    static final long SUBJECT_201 = 400301;    // 榆林市恒达货运有限公司, grid 201, phone 0912-3286521
    static final long ENFORCER1 = 4;
    static final long ENFORCER_102 = 84001;    // enforcer of grid 102
    static final long ENFORCER_201 = 84002;    // second enforcer of grid 201 (not the uploader of anything)

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        accounts(jdbc);
    }

    static synchronized void accounts(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, ENFORCER_102) > 0) {
            return;
        }
        user(jdbc, ENFORCER_102, "wb_enforcer_102", "工作台执法队员乙", 102);
        user(jdbc, ENFORCER_201, "wb_enforcer_201", "工作台执法队员甲", 201);
    }

    private static void user(JdbcTemplate jdbc, long id, String username, String name, long grid) {
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " SELECT ?, 1, ?, password_hash, ?, 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4", id, username, name);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 4)", id);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, ?)", id, grid);
    }

    private JsonNode newCase(List<Long> media) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", OVERLOAD);
        body.put("subjectId", SUBJECT_201);
        body.put("content", "工作台登记：货车超限运输");
        body.put("plate", "陕K84001");
        body.put("media", media);
        Api.Answer a = api.post("/api/enforcement/cases", "enforcer1", body);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result();
    }

    private Api.Answer act(long caseId, String action, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("opinion", "工作台：" + action);
        if (data != null) {
            body.put("data", data);
        }
        return api.post("/api/enforcement/cases/" + caseId + "/actions", "enforcer1", body);
    }

    private static List<String> caseNos(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("records").forEach(r -> out.add(r.path("caseNo").asText()));
        return out;
    }

    @Test
    @DisplayName("B3/B13: my new case is under 我的案件 at 录入 with the route it was created with; an enforcer of grid 102 sees nothing of it")
    void mine_context_and_isolation() {
        long before = api.get("/api/enforcement/workbench/cases/counts", "enforcer1").result().path("mine").path("INTAKE").asLong();
        JsonNode c = newCase(List.of());
        long id = c.path("id").asLong();
        String no = c.path("caseNo").asText();

        JsonNode mine = api.get("/api/enforcement/workbench/cases?tab=MINE&stage=INTAKE&pageSize=200", "enforcer1").result();
        assertThat(caseNos(mine)).contains(no);
        JsonNode counts = api.get("/api/enforcement/workbench/cases/counts", "enforcer1").result();
        assertThat(counts.path("mine").path("INTAKE").asLong()).isEqualTo(before + 1);
        assertThat(counts.path("all").asLong()).isGreaterThanOrEqualTo(counts.path("open").asLong());
        // searches: number prefix, subject name, major class
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?caseNo=" + no.substring(0, no.length() - 2) + "&pageSize=200", "enforcer1").result())).contains(no);
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?caseNo=" + no, "enforcer1").result())).containsExactly(no);
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?subject=恒达货运&categoryId=" + ROAD_MAJOR + "&pageSize=200", "enforcer1").result())).contains(no);
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?subject=不存在的对象名称&pageSize=200", "enforcer1").result())).isEmpty();
        assertThat(api.get("/api/enforcement/workbench/cases?tab=SOMETHING", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/enforcement/workbench/cases?caseNo=%25", "enforcer1").result().path("total").asInt()).isZero();

        JsonNode ctx = api.get("/api/enforcement/workbench/cases/" + id + "/context", "enforcer1").result();
        assertThat(ctx.path("categoryName").asText()).isEqualTo("超限超载运输");
        assertThat(ctx.path("majorName").asText()).isEqualTo("道路运输违法");
        JsonNode stages = ctx.path("route").path("stages");
        assertThat(stages.size()).isEqualTo(7);
        assertThat(stages.get(0).path("current").asBoolean()).isTrue();
        assertThat(stages.get(1).path("current").asBoolean()).isFalse();
        assertThat(stages.get(2).path("roleNames").toString()).contains("执法队员");
        assertThat(stages.get(2).path("timeUnit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(ctx.path("subject").path("name").asText()).isEqualTo("榆林市恒达货运有限公司");
        String phone = ctx.path("subject").path("phone").asText();
        assertThat(phone).isNotBlank().isNotEqualTo("0912-3286521").contains("*");
        assertThat(ctx.toString()).doesNotContain("91610802MA70XK3B2Q");
        assertThat(ctx.path("reporterName").asText()).isEqualTo("王执法");

        // another grid: invisible on every path
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?caseNo=" + no, "wb_enforcer_102").result())).isEmpty();
        assertThat(caseNos(api.get("/api/enforcement/workbench/cases?tab=ALL&pageSize=200", "wb_enforcer_102").result())).doesNotContain(no);
        assertThat(api.get("/api/enforcement/workbench/cases/" + id + "/context", "wb_enforcer_102").status()).isEqualTo(404);
        assertThat(api.get("/api/enforcement/workbench/cases/" + id + "/assignees", "wb_enforcer_102").status()).isEqualTo(404);
        for (JsonNode r : api.get("/api/enforcement/workbench/cases?pageSize=200", "wb_enforcer_102").result().path("records")) {
            assertThat(r.path("gridId").asText()).isEqualTo("102");
        }
        // a user without enforcement:case:list
        assertThat(api.get("/api/enforcement/workbench/cases", "inspector1").status()).isEqualTo(403);
        assertThat(api.get("/api/enforcement/workbench/options", "inspector1").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("B3: dispatch candidates are the enforcers covering the case's grid; after 派单 the case is the assignee's at 核实")
    void dispatch_candidates() {
        long id = newCase(List.of()).path("id").asLong();
        assertThat(act(id, "pass", null).status()).isEqualTo(200);
        JsonNode people = api.get("/api/enforcement/workbench/cases/" + id + "/assignees", "enforcer1").result();
        List<String> ids = new ArrayList<>();
        people.forEach(p -> ids.add(p.path("id").asText()));
        assertThat(ids).contains(String.valueOf(ENFORCER1), String.valueOf(ENFORCER_201)).doesNotContain(String.valueOf(ENFORCER_102));

        assertThat(act(id, "dispatch", Map.of("assigneeId", ENFORCER_201)).status()).isEqualTo(200);
        JsonNode theirs = api.get("/api/enforcement/workbench/cases?tab=MINE&stage=VERIFY&pageSize=200", "wb_enforcer_201").result();
        JsonNode row = null;
        for (JsonNode r : theirs.path("records")) {
            if (r.path("id").asLong() == id) {
                row = r;
            }
        }
        assertThat(row).as("dispatched case under the assignee's 我的案件").isNotNull();
        assertThat(row.path("assigneeName").asText()).isEqualTo("工作台执法队员甲");
        assertThat(row.path("currentStageName").asText()).isEqualTo("核实");
        // no longer enforcer1's: assigned to someone else
        JsonNode mine = api.get("/api/enforcement/workbench/cases?tab=MINE&pageSize=200", "enforcer1").result();
        mine.path("records").forEach(r -> assertThat(r.path("id").asLong()).isNotEqualTo(id));
    }

    @Test
    @DisplayName("B12: the 超期 tab lists open cases past their stage deadline, not paused ones; the row carries the overdue flag")
    void overdue_tab() {
        long late = newCase(List.of()).path("id").asLong();
        long paused = newCase(List.of()).path("id").asLong();
        Timestamp past = Timestamp.valueOf(LocalDateTime.now().minusHours(2));
        jdbc.update("UPDATE enforcement_case SET stage_deadline = ? WHERE id IN (?, ?)", past, late, paused);
        Map<String, Object> pause = new LinkedHashMap<>();
        pause.put("action", "pause");
        pause.put("opinion", "鉴定中");
        assertThat(api.post("/api/enforcement/cases/" + paused + "/actions", "enforcer1", pause).status()).isEqualTo(200);

        JsonNode overdue = api.get("/api/enforcement/workbench/cases?tab=OVERDUE&pageSize=200", "enforcer1").result();
        List<Long> ids = new ArrayList<>();
        overdue.path("records").forEach(r -> {
            ids.add(r.path("id").asLong());
            assertThat(r.path("overdue").asBoolean()).isTrue();
        });
        assertThat(ids).contains(late).doesNotContain(paused);
        assertThat(api.get("/api/enforcement/workbench/cases/counts", "enforcer1").result().path("overdue").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/enforcement/workbench/cases?tab=OVERDUE&pageSize=200", "wb_enforcer_102").result().toString())
                .doesNotContain("\"id\":\"" + late + "\"");
    }

    @Test
    @DisplayName("B3/B4: the case's photos are served to every staff member who may see the case, and only files the case references")
    void media_of_the_case() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Answer file = api.upload("/api/files", "enforcer1", "scene.png", "image/png", png);
        assertThat(file.status()).as(file.raw()).isEqualTo(200);
        long fileId = file.result().path("id").asLong();
        Api.Answer other = api.upload("/api/files", "enforcer1", "other.png", "image/png", png);
        long otherId = other.result().path("id").asLong();
        long id = newCase(List.of(fileId)).path("id").asLong();

        JsonNode ctx = api.get("/api/enforcement/workbench/cases/" + id + "/context", "wb_enforcer_201").result();
        assertThat(ctx.path("media").get(0).path("name").asText()).isEqualTo("scene.png");
        // the file service serves a file to its uploader only; the workbench to whoever sees the case
        assertThat(api.bytes("/api/files/" + fileId, "wb_enforcer_201").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> got = api.bytes("/api/enforcement/workbench/cases/" + id + "/media/" + fileId, "wb_enforcer_201");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(png);
        assertThat(api.bytes("/api/enforcement/workbench/cases/" + id + "/media/" + otherId, "wb_enforcer_201").statusCode()).isEqualTo(404);
        assertThat(api.bytes("/api/enforcement/workbench/cases/" + id + "/media/" + fileId, "wb_enforcer_102").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("options: minor classes with their major class and route version, and the active measures catalogue")
    void options() {
        JsonNode o = api.get("/api/enforcement/workbench/options", "enforcer1").result();
        List<String> names = new ArrayList<>();
        o.path("categories").forEach(c -> {
            names.add(c.path("name").asText());
            assertThat(c.path("majorName").asText()).isNotBlank();
        });
        assertThat(names).contains("超限超载运输", "非法营运").doesNotContain("道路运输违法");
        assertThat(o.path("measures").isArray()).isTrue();
    }
}
