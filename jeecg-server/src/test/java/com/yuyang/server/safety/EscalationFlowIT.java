package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A5 escalation: an inspector of a sub-department (鼓楼检查组 under 运输管理所) hands an out-of-remit check up;
 * it climbs two levels (检查组 → 运输管理所 → 交通运输局), is reassigned to an inspector who covers the
 * subject's grid and holds the items, which creates their task; the whole trail is kept; concurrent handling
 * has exactly one winner and the other gets 409.
 */
class EscalationFlowIT extends IntegrationTest {

    static final long TEAM_DEPT = 91010;
    static final long TEAM_INSPECTOR = 93101; // ids 9xxx are taken by the auth specs (one schema per test JVM)
    static final long SUBJECT_GRID_101 = 31001;
    static final long SUBJECT_GRID_102 = 31011;

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
                    + " VALUES (?, 1, 10, '/1/10/91010/', '鼓楼检查组', 'IT-GL-TEAM', 'DEPT', 9)", TEAM_DEPT);
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " SELECT ?, 1, 'esc_inspector', password_hash, '检查组队员', ?, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 2",
                    TEAM_INSPECTOR, TEAM_DEPT);
            jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 3)", TEAM_INSPECTOR);
            jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 101)", TEAM_INSPECTOR);
        }
    }

    JsonNode raise(long subject, long... items) {
        List<Long> ids = new ArrayList<>();
        for (long i : items) {
            ids.add(i);
        }
        Api.Answer a = api.post("/api/app/escalations", "esc_inspector",
                Map.of("subjectId", subject, "itemIds", ids, "reason", "隐患排查治理不在本人职责内"));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result();
    }

    @Test
    void a5_escalated_two_levels_up_then_reassigned_to_an_eligible_inspector_with_the_whole_trail() {
        JsonNode e = raise(SUBJECT_GRID_101, 30008);
        long id = e.path("id").asLong();
        assertThat(e.path("status").asText()).isEqualTo("OPEN");
        assertThat(e.path("currentDeptId").asLong()).isEqualTo(10);

        // 运输管理所 (leader1) sees it in its inbox and passes it up
        Api.Answer inbox = api.get("/api/safety/escalations?status=OPEN", "leader1");
        assertThat(inbox.status()).as(inbox.raw()).isEqualTo(200);
        assertThat(inbox.result().findValuesAsText("id")).contains(String.valueOf(id));
        Api.Answer up = api.post("/api/safety/escalations/" + id + "/escalate", "leader1", Map.of("reason", "需局机关协调"));
        assertThat(up.status()).as(up.raw()).isEqualTo(200);
        assertThat(up.result().path("currentDeptId").asLong()).isEqualTo(1);

        // no longer 运输管理所's to handle; at the root there is no further level
        assertThat(api.post("/api/safety/escalations/" + id + "/reassign", "leader1", Map.of("inspectorId", 2)).status())
                .isEqualTo(403);
        Api.Answer top = api.post("/api/safety/escalations/" + id + "/escalate", "admin", Map.of("reason", "再上报"));
        assertThat(top.status()).as(top.raw()).isEqualTo(400);

        // ineligible targets are refused with the reason
        Api.Answer otherGrid = api.post("/api/safety/escalations/" + id + "/reassign", "admin", Map.of("inspectorId", 3));
        assertThat(otherGrid.status()).isEqualTo(400);
        assertThat(otherGrid.message()).contains("网格");
        Api.Answer noItems = api.post("/api/safety/escalations/" + id + "/reassign", "admin", Map.of("inspectorId", TEAM_INSPECTOR));
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.message()).contains("检查项");

        Api.Answer done = api.post("/api/safety/escalations/" + id + "/reassign", "admin",
                Map.of("inspectorId", 2, "note", "由张网格检查"));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.result().path("status").asText()).isEqualTo("REASSIGNED");
        long taskId = done.result().path("taskId").asLong();
        assertThat(taskId).isPositive();

        JsonNode steps = done.result().path("steps");
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).path("action").asText()).isEqualTo("RAISE");
        assertThat(steps.get(0).path("actorId").asLong()).isEqualTo(TEAM_INSPECTOR);
        assertThat(steps.get(0).path("fromDeptId").asLong()).isEqualTo(TEAM_DEPT);
        assertThat(steps.get(0).path("toDeptId").asLong()).isEqualTo(10);
        assertThat(steps.get(1).path("action").asText()).isEqualTo("ESCALATE");
        assertThat(steps.get(1).path("actorId").asLong()).isEqualTo(7);
        assertThat(steps.get(1).path("fromDeptId").asLong()).isEqualTo(10);
        assertThat(steps.get(1).path("toDeptId").asLong()).isEqualTo(1);
        assertThat(steps.get(1).path("note").asText()).isEqualTo("需局机关协调");
        assertThat(steps.get(2).path("action").asText()).isEqualTo("REASSIGN");
        assertThat(steps.get(2).path("targetUserId").asLong()).isEqualTo(2);
        steps.forEach(s -> assertThat(s.path("createTime").isMissingNode()).isFalse());

        // the new assignee sees the task in the app, with the escalated items
        JsonNode task = null;
        for (JsonNode t : api.get("/api/app/sampling-tasks", "inspector1").result()) {
            if (t.path("id").asLong() == taskId) {
                task = t;
            }
        }
        assertThat(task).isNotNull();
        assertThat(task.path("source").asText()).isEqualTo("ESCALATION");
        assertThat(task.path("escalationId").asLong()).isEqualTo(id);
        assertThat(task.path("itemIds").get(0).asLong()).isEqualTo(30008);

        // the raiser follows the outcome
        Api.Answer mine = api.get("/api/app/escalations?status=REASSIGNED", "esc_inspector");
        assertThat(mine.result().findValuesAsText("id")).contains(String.valueOf(id));
        // handled: a second reassignment conflicts
        assertThat(api.post("/api/safety/escalations/" + id + "/reassign", "admin", Map.of("inspectorId", 2)).status())
                .isEqualTo(409);
    }

    @Test
    void a5_concurrent_reassignments_of_one_escalation_have_exactly_one_winner() throws Exception {
        long id = raise(SUBJECT_GRID_101, 30008, 30006).path("id").asLong();
        String token = api.token("leader1");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.call("POST", "/api/safety/escalations/" + id + "/reassign", token, Map.of("inspectorId", 2));
            }));
        }
        start.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Api.Answer::status).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_sampling_task WHERE escalation_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_escalation_step WHERE escalation_id = ? AND action = 'REASSIGN'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void a5_raising_is_refused_for_items_in_remit_subjects_of_other_grids_and_bad_input() {
        Api.Answer inRemit = api.post("/api/app/escalations", "inspector1",
                Map.of("subjectId", SUBJECT_GRID_101, "itemIds", List.of(30008), "reason", "测试"));
        assertThat(inRemit.status()).isEqualTo(400);
        Api.Answer otherGrid = api.post("/api/app/escalations", "esc_inspector",
                Map.of("subjectId", SUBJECT_GRID_102, "itemIds", List.of(30008), "reason", "测试"));
        assertThat(otherGrid.status()).isEqualTo(403);
        Api.Answer noReason = api.post("/api/app/escalations", "esc_inspector",
                Map.of("subjectId", SUBJECT_GRID_101, "itemIds", List.of(30008)));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Answer noItems = api.post("/api/app/escalations", "esc_inspector",
                Map.of("subjectId", SUBJECT_GRID_101, "itemIds", List.of(), "reason", "测试"));
        assertThat(noItems.status()).isEqualTo(400);
        // inspectors do not handle escalations
        assertThat(api.get("/api/safety/escalations", "inspector1").status()).isEqualTo(403);
    }
}
