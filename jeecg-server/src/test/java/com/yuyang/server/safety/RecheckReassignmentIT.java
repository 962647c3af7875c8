package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.recheck.RecheckDueEvent;
import com.yuyang.traffic.safety.recheck.RecheckService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A3/A9 recheck when the responsible inspector is gone: a due pair whose inspector was disabled, no longer covers
 * the grid, or no longer holds the item goes to another inspector of the subject's grid and unit who holds it
 * (the pair's responsible inspector moves too), or is stored UNASSIGNED with the reason — never dropped; a member
 * of the grid from another unit is not eligible; the job stays incremental and idempotent.
 */
@RecordApplicationEvents
class RecheckReassignmentIT extends IntegrationTest {

    static final long GONE = 97031;      // grid 102, dept 10, holds 30006, then disabled
    static final long OTHER_UNIT = 97032; // grid 102, dept 11 (执法大队), holds 30011
    static final long HAND_OK = 97035;         // grid 102, dept 10, holds 30011 (hand assignment)
    static final long HAND_OTHER_UNIT = 97036; // grid 102, dept 11, holds 30011
    static final long HAND_OTHER_GRID = 97037; // grid 101, dept 10, holds 30011

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecheckService rechecks;
    @Autowired
    ApplicationEvents events;

    void user(long id, long dept, long grid, long item) {
        jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                + " VALUES (?, 1, ?, ?, ?, ?, 'STAFF', 'ACTIVE')", id, "it_insp" + id, SafetyFixtures.DEMO_HASH, "检查员" + id, dept);
        jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 3)", id);
        jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, ?)", id, grid);
        jdbc.update("INSERT INTO safety_inspector_item (id, user_id, item_id) VALUES (?, ?, ?)", id * 100 + 1, id, item);
    }

    void due(long subject, long item, Long responsible, LocalDateTime dueAt) {
        jdbc.update("INSERT INTO safety_subject_item_state (id, tenant_id, grid_id, subject_id, item_id, last_result, last_checked_at,"
                        + " due_at, assigned_inspector_id, version, del_flag) VALUES (?, 1, 102, ?, ?, 'QUALIFIED', ?, ?, ?, 0, 0)",
                subject * 100 + item % 100, subject, item, Timestamp.valueOf(dueAt.minusDays(90)), Timestamp.valueOf(dueAt), responsible);
    }

    Map<String, Object> assignment(long subject, long item) {
        return jdbc.queryForMap("SELECT inspector_id, status, reassigned_from, note FROM safety_recheck_assignment"
                + " WHERE subject_id = ? AND item_id = ?", subject, item);
    }

    Long responsible(long subject, long item) {
        return jdbc.queryForObject("SELECT assigned_inspector_id FROM safety_subject_item_state WHERE subject_id = ? AND item_id = ?",
                Long.class, subject, item);
    }

    @Test
    @DisplayName("A3/A9 recheck: responsible inspector gone → reassigned within grid and unit, or reported unassigned with the reason")
    void a3_a9_due_pairs_of_a_gone_inspector_are_reassigned_or_reported() {
        Api api = new Api(port);
        user(GONE, 10, 102, 30006);
        user(OTHER_UNIT, 11, 102, 30011);
        long subject = SafetyFixtures.createSubject(api, 102, 30101);
        LocalDateTime dueAt = LocalDateTime.now().minusMinutes(1).withNano(0);
        due(subject, 30006, GONE, dueAt);        // inspector disabled → inspector2 holds 30006
        due(subject, 30010, 2L, dueAt);          // inspector1 does not cover grid 102 → inspector2 holds 30010
        due(subject, 30011, 3L, dueAt);          // inspector2 lacks 30011; 97032 holds it but is of another unit
        due(subject, 30001, 3L, dueAt);          // still fine: stays with inspector2
        jdbc.update("UPDATE sys_user SET status = 'DISABLED' WHERE id = ?", GONE);

        RecheckService.RunReport report = rechecks.run();
        assertThat(report.reassigned()).isGreaterThanOrEqualTo(2);
        assertThat(report.unassigned()).isGreaterThanOrEqualTo(1);

        Map<String, Object> disabled = assignment(subject, 30006);
        assertThat(((Number) disabled.get("inspector_id")).longValue()).isEqualTo(3);
        assertThat(disabled.get("status")).isEqualTo("OPEN");
        assertThat(((Number) disabled.get("reassigned_from")).longValue()).isEqualTo(GONE);
        assertThat((String) disabled.get("note")).contains("停用").contains("改派");
        assertThat(responsible(subject, 30006)).as("the pair's responsible inspector moves with it").isEqualTo(3L);

        Map<String, Object> leftGrid = assignment(subject, 30010);
        assertThat(((Number) leftGrid.get("inspector_id")).longValue()).isEqualTo(3);
        assertThat(((Number) leftGrid.get("reassigned_from")).longValue()).isEqualTo(2);

        Map<String, Object> nobody = assignment(subject, 30011);
        assertThat(nobody.get("inspector_id")).isNull();
        assertThat(nobody.get("status")).isEqualTo("UNASSIGNED");
        assertThat((String) nobody.get("note")).contains("不再持有该检查项").contains("没有其他符合条件");
        assertThat(responsible(subject, 30011)).as("unassigned: the pair keeps its record").isEqualTo(3L);

        Map<String, Object> kept = assignment(subject, 30001);
        assertThat(((Number) kept.get("inspector_id")).longValue()).isEqualTo(3);
        assertThat(kept.get("reassigned_from")).isNull();
        assertThat(kept.get("note")).isNull();

        assertThat(events.stream(RecheckDueEvent.class).filter(e -> e.inspectorId() == 3L).flatMap(e -> e.due().stream())
                .filter(d -> d.subjectId() == subject).map(RecheckDueEvent.Due::itemId)).contains(30006L, 30010L, 30001L);
        assertThat(events.stream(RecheckDueEvent.class).filter(e -> e.inspectorId() == OTHER_UNIT || e.inspectorId() == GONE)).isEmpty();

        // the demo pairs (db/demo V3_9_3_0) went the same way on the first run of this schema
        Map<String, Object> demoDisabled = assignment(31013, 30006);
        assertThat(((Number) demoDisabled.get("inspector_id")).longValue()).isEqualTo(3);
        assertThat(((Number) demoDisabled.get("reassigned_from")).longValue()).isEqualTo(3752);
        assertThat(assignment(31003, 30013).get("status")).isEqualTo("UNASSIGNED");

        // idempotent: a second run adds nothing and changes nothing
        rechecks.run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_recheck_assignment WHERE subject_id = ?", Integer.class, subject))
                .isEqualTo(4);

        // the unit sees what nobody could take, and what was reassigned; the inspector2 app shows the new work
        JsonNode unassigned = api.get("/api/safety/rechecks?status=UNASSIGNED", "leader1").result();
        assertThat(unassigned.toString()).contains(String.valueOf(subject));
        JsonNode reassigned = api.get("/api/safety/rechecks?reassigned=true", "leader1").result();
        assertThat(reassigned.findValuesAsText("subjectId")).contains(String.valueOf(subject));
        assertThat(api.get("/api/safety/rechecks?status=BOGUS", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/rechecks?status=UNASSIGNED", "inspector1").status()).isEqualTo(403);
        assertThat(api.get("/api/app/rechecks", "inspector2").result().findValuesAsText("subjectId")).contains(String.valueOf(subject));
    }

    @Test
    @DisplayName("A3 unassigned recheck: the unit assigns it by hand to an eligible inspector (grid, unit and item checked)")
    void a3_unit_assigns_an_unassigned_recheck_by_hand() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 102, 30101);
        LocalDateTime dueAt = LocalDateTime.now().minusMinutes(1).withNano(0);
        due(subject, 30011, 3L, dueAt);          // inspector2 lacks 30011, nobody of the unit in grid 102 holds it
        rechecks.run();
        Map<String, Object> before = assignment(subject, 30011);
        assertThat(before.get("status")).isEqualTo("UNASSIGNED");
        long id = jdbc.queryForObject("SELECT id FROM safety_recheck_assignment WHERE subject_id = ? AND item_id = ?", Long.class,
                subject, 30011);

        // created after the run so that the job itself could not pick them
        user(HAND_OK, 10, 102, 30011);        // grid 102, the subject's unit, holds the item
        user(HAND_OTHER_UNIT, 11, 102, 30011); // another unit
        user(HAND_OTHER_GRID, 10, 101, 30011); // another grid
        try {
            assertThat(api.get("/api/safety/rechecks/" + id + "/candidates", "leader1").result().findValuesAsText("id"))
                    .contains(String.valueOf(HAND_OK))
                    .doesNotContain(String.valueOf(HAND_OTHER_UNIT), String.valueOf(HAND_OTHER_GRID), "3");

            String path = "/api/safety/rechecks/" + id + "/assign";
            Api.Answer noItem = api.post(path, "leader1", Map.of("inspectorId", 3));
            assertThat(noItem.status()).isEqualTo(400);
            assertThat(noItem.message()).contains("未持有该检查项");
            Api.Answer otherUnit = api.post(path, "leader1", Map.of("inspectorId", HAND_OTHER_UNIT));
            assertThat(otherUnit.status()).isEqualTo(400);
            assertThat(otherUnit.message()).contains("不属于主体所在单位");
            Api.Answer otherGrid = api.post(path, "leader1", Map.of("inspectorId", HAND_OTHER_GRID));
            assertThat(otherGrid.status()).isEqualTo(400);
            assertThat(otherGrid.message()).contains("不负责主体所在网格");
            Api.Answer nobody = api.post(path, "leader1", Map.of());
            assertThat(nobody.status()).isEqualTo(400);
            assertThat(nobody.message()).contains("请选择检查人员");
            assertThat(api.post(path, "inspector2", Map.of("inspectorId", HAND_OK)).status()).as("no safety:recheck:manage").isEqualTo(403);
            assertThat(api.post("/api/safety/rechecks/1/assign", "leader1", Map.of("inspectorId", HAND_OK)).status()).isEqualTo(404);
            assertThat(assignment(subject, 30011)).as("refusals change nothing").isEqualTo(before);

            Api.Answer ok = api.post(path, "leader1", Map.of("inspectorId", HAND_OK));
            assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
            Map<String, Object> after = assignment(subject, 30011);
            assertThat(((Number) after.get("inspector_id")).longValue()).isEqualTo(HAND_OK);
            assertThat(after.get("status")).isEqualTo("OPEN");
            assertThat((String) after.get("note")).contains("没有其他符合条件").contains("手工分配");
            assertThat(responsible(subject, 30011)).as("the pair's responsible inspector moves with it").isEqualTo(HAND_OK);
            // the reminder (published on the request thread, so read back from the message centre)
            assertThat(jdbc.queryForList("SELECT m.category FROM msg_message m JOIN msg_recipient r ON r.message_id = m.id"
                    + " WHERE r.user_id = ? AND m.biz_type = 'safety_recheck_assignment' AND m.biz_id = ?", String.class,
                    HAND_OK, String.valueOf(id))).containsExactly("RECHECK_DUE");
            assertThat(api.get("/api/app/rechecks", "it_insp" + HAND_OK).result().findValuesAsText("subjectId"))
                    .contains(String.valueOf(subject));

            // the unit's page (复查分配, V3_3_1) lists it with the inspector's name
            JsonNode handed = api.get("/api/safety/rechecks?reassigned=true", "leader1").result();
            assertThat(handed.toString()).contains(String.valueOf(id)).contains("检查员" + HAND_OK);
            assertThat(api.get("/api/sys/user/info", "leader1").raw()).contains("safety/recheck/index");

            Api.Answer again = api.post(path, "leader1", Map.of("inspectorId", HAND_OK));
            assertThat(again.status()).as("already assigned").isEqualTo(409);
        } finally {
            // keep the other test's "nobody in grid 102 holds 30011" true whatever the order
            jdbc.update("UPDATE sys_user SET status = 'DISABLED' WHERE id IN (?, ?, ?)", HAND_OK, HAND_OTHER_UNIT, HAND_OTHER_GRID);
        }
    }
}
