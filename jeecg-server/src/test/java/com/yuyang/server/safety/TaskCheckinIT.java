package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A9 tasks (dispatch, completion report, overdue flag) and check-in with the day's track for the map. */
class TaskCheckinIT extends IntegrationTest {

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, Object> task(String title, LocalDateTime due, List<Long> assignees) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("urgency", "URGENT");
        m.put("dueTime", due.format(TS));
        m.put("content", "对辖区企业开展节前安全检查");
        m.put("media", List.of());
        m.put("assigneeIds", assignees);
        return m;
    }

    static long upload(Api api, String user) {
        Api.Answer a = api.upload("/api/files", user, "photo.png", "image/png", InspectionIT.PNG);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    JsonNode myTask(Api api, String user, long id) {
        for (JsonNode t : api.get("/api/app/tasks", user).result()) {
            if (t.path("id").asLong() == id) {
                return t;
            }
        }
        return null;
    }

    @Test
    void a9_a_task_is_dispatched_completed_once_and_flagged_overdue_only_when_late() {
        Api api = new Api(port);
        Map<String, Object> body = task("节前检查", LocalDateTime.now().plusDays(1), List.of(2L, 3L));
        // attachments are the writer's own uploads (someone else's file id is refused, see TaskBoardIT)
        long taskPhoto = upload(api, "leader1");
        body.put("media", List.of(taskPhoto));
        Api.Answer created = api.post("/api/safety/tasks", "leader1", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = created.result().path("id").asLong();
        assertThat(created.result().path("assignees")).hasSize(2);

        JsonNode mine = myTask(api, "inspector1", id);
        assertThat(mine).isNotNull();
        assertThat(mine.path("status").asText()).isEqualTo("PENDING");
        assertThat(mine.path("overdue").asBoolean()).isFalse();
        assertThat(mine.path("urgency").asText()).isEqualTo("URGENT");

        long reportPhoto = upload(api, "inspector1");
        Api.Answer done = api.post("/api/app/tasks/" + id + "/complete", "inspector1",
                Map.of("record", "已完成 5 家企业检查", "media", List.of(reportPhoto)));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.result().path("overdue").asBoolean()).isFalse();
        assertThat(api.post("/api/app/tasks/" + id + "/complete", "inspector1", Map.of("record", "再次上报")).status())
                .isEqualTo(409);
        // in the app an assignee reads the dispatcher's attachments and their own report's, nobody else's
        String files = "/api/app/tasks/" + id + "/files/";
        assertThat(api.bytes(files + taskPhoto, "inspector1").body()).isEqualTo(InspectionIT.PNG);
        assertThat(api.bytes(files + taskPhoto, "inspector2").statusCode()).isEqualTo(200);
        assertThat(api.bytes(files + reportPhoto, "inspector1").body()).isEqualTo(InspectionIT.PNG);
        assertThat(api.bytes(files + reportPhoto, "inspector2").statusCode()).isEqualTo(404);
        assertThat(api.bytes(files + taskPhoto, "enforcer1").statusCode()).isEqualTo(404);
        assertThat(api.bytes(files + upload(api, "inspector1"), "inspector1").statusCode()).isEqualTo(404);
        // someone not assigned cannot report
        assertThat(api.post("/api/app/tasks/" + id + "/complete", "enforcer1", Map.of("record", "x")).status())
                .isEqualTo(404);

        // inspector2 is late: the due time passes before the report
        jdbc.update("UPDATE safety_task SET due_time = ? WHERE id = ?", java.sql.Timestamp.valueOf(LocalDateTime.now().minusHours(1)), id);
        assertThat(myTask(api, "inspector2", id).path("overdue").asBoolean()).isTrue();
        Api.Answer late = api.post("/api/app/tasks/" + id + "/complete", "inspector2", Map.of("record", "延期完成"));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.result().path("overdue").asBoolean()).isTrue();

        JsonNode view = api.get("/api/safety/tasks/" + id, "leader1").result();
        assertThat(view.path("assignees").findValuesAsText("status")).containsOnly("DONE");
        assertThat(view.path("assignees").get(0).path("overdue").asInt()).isZero();
        assertThat(view.path("assignees").get(1).path("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void a9_bad_tasks_are_refused_with_400() {
        Api api = new Api(port);
        Map<String, Object> badUrgency = task("t", LocalDateTime.now().plusDays(1), List.of(2L));
        badUrgency.put("urgency", "SUPER");
        assertThat(api.post("/api/safety/tasks", "leader1", badUrgency).status()).isEqualTo(400);
        assertThat(api.post("/api/safety/tasks", "leader1", task("t", LocalDateTime.now().minusDays(1), List.of(2L))).status())
                .isEqualTo(400);
        assertThat(api.post("/api/safety/tasks", "leader1", task("t", LocalDateTime.now().plusDays(1), List.of())).status())
                .isEqualTo(400);
        // enforcer1 belongs to the enforcement brigade, outside 运输管理所
        assertThat(api.post("/api/safety/tasks", "leader1", task("t", LocalDateTime.now().plusDays(1), List.of(4L))).status())
                .isEqualTo(400);
        assertThat(api.post("/api/safety/tasks", "inspector1", task("t", LocalDateTime.now().plusDays(1), List.of(2L))).status())
                .isEqualTo(403);
    }

    @Test
    void a9_check_ins_are_validated_and_form_the_day_track_visible_to_the_department_leader_only() {
        Api api = new Api(port);
        List<Map<String, Object>> bad = List.of(
                Map.of("type", "ON_DUTY", "lng", 109.7, "lat", 95),
                Map.of("type", "ON_DUTY", "lng", 190, "lat", 38.2),
                Map.of("type", "ON_DUTY", "lat", 38.2),
                Map.of("type", "LUNCH", "lng", 109.7, "lat", 38.2),
                Map.of("type", "AT_SUBJECT", "lng", 109.7, "lat", 38.2),
                Map.of("type", "OUTING", "lng", 109.7, "lat", 38.2),
                Map.of("type", "ON_DUTY", "lng", 109.7, "lat", 38.2, "subjectId", 31001));
        for (Map<String, Object> body : bad) {
            Api.Answer a = api.post("/api/app/checkins", "inspector1", body);
            assertThat(a.status()).as(body + " → " + a.raw()).isEqualTo(400);
        }
        assertThat(api.post("/api/app/checkins", "inspector1",
                Map.of("type", "AT_SUBJECT", "lng", 109.75, "lat", 38.27, "subjectId", 31011)).status()).isEqualTo(403);

        assertThat(api.post("/api/app/checkins", "inspector1", Map.of("type", "ON_DUTY", "lng", 109.7301, "lat", 38.2801)).status())
                .isEqualTo(200);
        assertThat(api.post("/api/app/checkins", "inspector1",
                Map.of("type", "AT_SUBJECT", "lng", 109.7345, "lat", 38.2852, "subjectId", 31001)).status()).isEqualTo(200);
        assertThat(api.post("/api/app/checkins", "inspector1",
                Map.of("type", "OUTING", "lng", 109.74, "lat", 38.29, "errand", "到区政府报送材料")).status()).isEqualTo(200);

        Api.Answer track = api.get("/api/safety/tracks?userId=2&date=" + LocalDate.now(), "leader1");
        assertThat(track.status()).as(track.raw()).isEqualTo(200);
        List<String> types = track.result().findValuesAsText("type");
        assertThat(types).containsSubsequence("ON_DUTY", "AT_SUBJECT", "OUTING");
        String previous = "";
        for (JsonNode p : track.result()) {
            assertThat(p.path("checkinTime").asText()).isGreaterThanOrEqualTo(previous);
            previous = p.path("checkinTime").asText();
        }
        assertThat(api.get("/api/safety/tracks?userId=2&date=" + LocalDate.now().minusDays(400), "leader1").result()).isEmpty();
        assertThat(api.get("/api/safety/tracks?userId=2", "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/safety/tracks?userId=2&date=2026-13-01", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/tracks?userId=2", "inspector2").status()).isEqualTo(403);
        // the permission alone is not enough: a department leader of the enforcement brigade holds
        // safety:track:list but does not lead inspector1's department
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = 9102", Integer.class) == 0) {
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " SELECT 9102, 1, 'leader_brigade', password_hash, '执法大队负责人', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 7");
            jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (9102, 2)");
        }
        Api.Answer foreign = api.get("/api/safety/tracks?userId=2", "leader_brigade");
        assertThat(foreign.status()).as(foreign.raw()).isEqualTo(403);
        assertThat(foreign.message()).contains("负责人");
    }
}
