package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.recheck.RecheckDueEvent;
import com.yuyang.traffic.safety.recheck.RecheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A3 automatic recheck: a pair whose cycle elapsed is assigned once to the responsible inspector (reminder
 * event), a second run adds nothing, a qualified pair within its cycle is not assigned, and the recheck
 * inspection closes the assignment.
 */
@RecordApplicationEvents
class RecheckJobIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecheckService rechecks;

    @Autowired
    ApplicationEvents events;

    private int assignments(long subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_recheck_assignment WHERE subject_id = ?", Integer.class, subject);
    }

    @Test
    void a3_elapsed_cycle_is_assigned_once_and_qualified_pairs_are_not() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        assertThat(api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30001, "result", "QUALIFIED"), Map.of("itemId", 30003, "result", "QUALIFIED")))).status()).isEqualTo(200);

        rechecks.run();
        assertThat(assignments(subject)).as("qualified and within the cycle: not assigned").isZero();

        // the cycle of item 30001 elapses
        jdbc.update("UPDATE safety_subject_item_state SET due_at = ? WHERE subject_id = ? AND item_id = 30001",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(1).withNano(0)), subject);
        RecheckService.RunReport first = rechecks.run();
        assertThat(first.assigned()).isGreaterThanOrEqualTo(1);
        assertThat(assignments(subject)).isEqualTo(1);
        Map<String, Object> a = jdbc.queryForMap("SELECT * FROM safety_recheck_assignment WHERE subject_id = ?", subject);
        assertThat(((Number) a.get("inspector_id")).longValue()).isEqualTo(2L);
        assertThat(a.get("status")).isEqualTo("OPEN");
        assertThat(((Number) a.get("item_id")).longValue()).isEqualTo(30001L);
        assertThat(events.stream(RecheckDueEvent.class).filter(e -> e.inspectorId() == 2L)
                .flatMap(e -> e.due().stream()).anyMatch(d -> d.subjectId() == subject && d.itemId() == 30001L)).isTrue();

        long remindersBefore = events.stream(RecheckDueEvent.class).flatMap(e -> e.due().stream()).filter(d -> d.subjectId() == subject).count();
        rechecks.run();
        assertThat(assignments(subject)).as("second run: nothing new").isEqualTo(1);
        assertThat(events.stream(RecheckDueEvent.class).flatMap(e -> e.due().stream()).filter(d -> d.subjectId() == subject).count())
                .isEqualTo(remindersBefore);

        JsonNode work = api.get("/api/app/rechecks", "inspector1").result();
        assertThat(work.findValuesAsText("subjectId")).contains(String.valueOf(subject));
        assertThat(api.get("/api/app/rechecks", "inspector2").raw()).doesNotContain(String.valueOf(subject));

        assertThat(api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "checkType", "RECHECK",
                "results", List.of(Map.of("itemId", 30001, "result", "QUALIFIED")))).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM safety_recheck_assignment WHERE subject_id = ?", String.class, subject)).isEqualTo("DONE");
        rechecks.run();
        assertThat(assignments(subject)).isEqualTo(1);
    }

    @Test
    void a3_unqualified_pair_is_assigned_on_the_next_run() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 102, 30103);
        assertThat(api.post("/api/app/inspections", "inspector2", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30009, "result", "UNQUALIFIED", "remark", "未备案")))).status()).isEqualTo(200);
        rechecks.run();
        rechecks.run();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM safety_recheck_assignment WHERE subject_id = ?", subject);
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("inspector_id")).longValue()).isEqualTo(3L);
    }
}
