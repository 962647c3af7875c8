package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A9 dispatch page: the task list with progress and overdue flag (scoped to the dispatching department
 * subtree), its filters, the assignee picker, the attachments of a task and of its reports (own uploads only),
 * and the track view's inspector picker and subject names.
 */
class TaskBoardIT extends IntegrationTest {

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final long BRIGADE_LEADER = 82201; // role dept_leader in 执法大队 (11), leads nothing

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, BRIGADE_LEADER) == 0) {
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " SELECT ?, 1, 'it82201', password_hash, '执法大队负责人', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 7",
                    BRIGADE_LEADER);
            jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 2)", BRIGADE_LEADER);
        }
    }

    long upload(String user) {
        Api.Answer a = api.upload("/api/files", user, "scene.png", "image/png", InspectionIT.PNG);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    Map<String, Object> task(String title, String urgency, List<Long> media) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("urgency", urgency);
        m.put("dueTime", LocalDateTime.now().plusDays(2).format(TS));
        m.put("content", "检查辖区维修企业消防设施");
        m.put("media", media);
        m.put("assigneeIds", List.of(2L, 3L));
        return m;
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

    int download(String path, String user) throws Exception {
        HttpResponse<byte[]> r = Api.CLIENT.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("X-Access-Token", api.token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 200) {
            assertThat(r.body()).isEqualTo(InspectionIT.PNG);
        }
        return r.statusCode();
    }

    @Test
    void a9_the_task_list_shows_progress_and_overdue_and_filters_within_the_department_subtree() throws Exception {
        String title = "IT82任务" + System.nanoTime();
        long photo = upload("leader1");
        Api.Answer created = api.post("/api/safety/tasks", "leader1", task(title, "URGENT", List.of(photo)));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = created.result().path("id").asLong();

        JsonNode row = find(api.get("/api/safety/tasks?keyword=" + enc(title), "leader1").result(), id);
        assertThat(row).isNotNull();
        assertThat(row.path("status").asText()).isEqualTo("PENDING");
        assertThat(row.path("overdue").asBoolean()).isFalse();
        assertThat(row.path("assigneeCount").asInt()).isEqualTo(2);
        assertThat(row.path("doneCount").asInt()).isZero();
        assertThat(row.path("urgencyText").asText()).isNotBlank();
        List<String> names = new ArrayList<>();
        row.path("assigneeNames").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactly("张网格", "李网格");

        // filters
        assertThat(find(api.get("/api/safety/tasks?keyword=" + enc(title) + "&status=DONE", "leader1").result(), id)).isNull();
        assertThat(find(api.get("/api/safety/tasks?keyword=" + enc(title) + "&urgency=URGENT", "leader1").result(), id)).isNotNull();
        assertThat(find(api.get("/api/safety/tasks?keyword=" + enc(title) + "&overdue=true", "leader1").result(), id)).isNull();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(find(api.get("/api/safety/tasks?dueFrom=" + tomorrow + "&dueTo=" + tomorrow, "leader1").result(), id)).isNotNull();
        assertThat(find(api.get("/api/safety/tasks?dueTo=" + LocalDate.now(), "leader1").result(), id)).isNull();

        // scope: another unit's leader neither lists nor opens it; admin does
        assertThat(find(api.get("/api/safety/tasks", "it82201").result(), id)).isNull();
        assertThat(api.get("/api/safety/tasks/" + id, "it82201").status()).isEqualTo(403);
        assertThat(find(api.get("/api/safety/tasks", "admin").result(), id)).isNotNull();
        assertThat(api.get("/api/safety/tasks", "inspector1").status()).isEqualTo(403);

        // one report in, the other missing after the due time → still pending, overdue
        long report = upload("inspector1");
        assertThat(api.post("/api/app/tasks/" + id + "/complete", "inspector1",
                Map.of("record", "已检查 3 家维修企业", "media", List.of(report))).status()).isEqualTo(200);
        jdbc.update("UPDATE safety_task SET due_time = ? WHERE id = ?", Timestamp.valueOf(LocalDateTime.now().minusMinutes(5)), id);
        row = find(api.get("/api/safety/tasks?keyword=" + enc(title) + "&overdue=true&status=PENDING", "leader1").result(), id);
        assertThat(row).isNotNull();
        assertThat(row.path("doneCount").asInt()).isEqualTo(1);
        assertThat(row.path("overdueCount").asInt()).isEqualTo(1);

        // the detail: names, the task's and the report's attachments, readable through the task only
        JsonNode view = api.get("/api/safety/tasks/" + id, "leader1").result();
        assertThat(view.path("media").get(0).path("id").asLong()).isEqualTo(photo);
        assertThat(view.path("media").get(0).path("name").asText()).isEqualTo("scene.png");
        JsonNode first = view.path("assignees").get(0);
        assertThat(first.path("realName").asText()).isEqualTo("张网格");
        assertThat(first.path("media").get(0).path("id").asLong()).isEqualTo(report);
        assertThat(view.path("assignees").get(1).path("lateNow").asBoolean()).isTrue();
        assertThat(download("/api/safety/tasks/" + id + "/files/" + photo, "leader1")).isEqualTo(200);
        assertThat(download("/api/safety/tasks/" + id + "/files/" + report, "leader1")).isEqualTo(200);
        long unrelated = upload("inspector2");
        assertThat(download("/api/safety/tasks/" + id + "/files/" + unrelated, "leader1")).isEqualTo(404);
        assertThat(download("/api/safety/tasks/" + id + "/files/" + photo, "it82201")).isEqualTo(403);
    }

    @Test
    void a9_attachments_must_be_own_uploads_and_list_parameters_are_checked() {
        long foreign = upload("inspector2");
        Api.Answer refused = api.post("/api/safety/tasks", "leader1", task("IT82他人附件", "URGENT", List.of(foreign)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("不是您上传的");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_task WHERE title = 'IT82他人附件'", Integer.class)).isZero();

        assertThat(api.get("/api/safety/tasks?status=LATE", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/tasks?urgency=SUPER", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/tasks?dueFrom=2026-02-30", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/tasks?dueFrom=2026-03-02&dueTo=2026-03-01", "leader1").status()).isEqualTo(400);
    }

    @Test
    void a9_pickers_list_the_inspectors_the_caller_may_dispatch_to_and_whose_track_it_may_read() {
        List<Long> assignable = new ArrayList<>();
        api.get("/api/safety/tasks/assignees", "leader1").result().forEach(p -> assignable.add(p.path("id").asLong()));
        assertThat(assignable).contains(2L, 3L).doesNotContain(4L, 7L, 6L);
        assertThat(api.get("/api/safety/tasks/assignees", "inspector1").status()).isEqualTo(403);

        List<Long> trackable = new ArrayList<>();
        api.get("/api/safety/tracks/inspectors", "leader1").result().forEach(p -> trackable.add(p.path("id").asLong()));
        assertThat(trackable).contains(2L, 3L).doesNotContain(4L);
        // a leader of nothing sees nobody's track
        assertThat(api.get("/api/safety/tracks/inspectors", "it82201").result()).isEmpty();

        assertThat(api.post("/api/app/checkins", "inspector1",
                Map.of("type", "AT_SUBJECT", "lng", 109.7345, "lat", 38.2852, "subjectId", 31001)).status()).isEqualTo(200);
        JsonNode track = api.get("/api/safety/tracks?userId=2&date=" + LocalDate.now(), "leader1").result();
        boolean named = false;
        for (JsonNode p : track) {
            named |= "AT_SUBJECT".equals(p.path("type").asText()) && "榆林鼓楼货运有限公司".equals(p.path("subjectName").asText());
        }
        assertThat(named).isTrue();
    }
}
