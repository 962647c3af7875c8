package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A8 → A3: the 不达标 items of an approved self-check become recheck work of the grid's responsible inspector
 * (through SelfCheckEvents.ApprovedWithDefects, which the recheck feature listens to); a returned self-check or
 * one without 不达标 items creates none, and the grid members' menus carry the two review pages (V3_2_1).
 */
class SelfCheckRecheckIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** A new 道路货运 subject (self-check items 30006, 30008, 30014) in grid 1011, bound to a new enterprise account. */
    private long[] boundEnterprise(long userId, Api api) {
        SafetyFixtures.enterpriseAccount(jdbc, userId);
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        jdbc.update("INSERT INTO safety_subject_account (id, subject_id, user_id, create_by, create_time) VALUES (?,?,?,'it',CURRENT_TIMESTAMP)",
                userId, subject, userId);
        return new long[] {userId, subject};
    }

    private String username(long userId) {
        return jdbc.queryForObject("SELECT username FROM sys_user WHERE id = ?", String.class, userId);
    }

    private static Map<String, Object> answer(long itemId, String result, Long photo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("result", result);
        if (photo != null) {
            m.put("remark", "自查发现问题，整改中");
            m.put("attachments", List.of(photo));
        }
        return m;
    }

    /** Creates and submits the current period's self-check with the given answers; returns its id. */
    private long submitted(Api api, String ent, boolean withDefects) {
        Api.Answer up = api.upload("/api/files", ent, "photo.png", "image/png", SelfCheckIT.PNG);
        assertThat(up.status()).as(up.raw()).isEqualTo(200);
        long photo = up.result().path("id").asLong();
        List<Map<String, Object>> items = withDefects
                ? List.of(answer(30006, "QUALIFIED", null), answer(30008, "UNQUALIFIED", photo), answer(30014, "UNQUALIFIED", photo))
                : List.of(answer(30006, "QUALIFIED", null), answer(30008, "QUALIFIED", null), answer(30014, "QUALIFIED", null));
        Api.Answer created = api.post("/api/app/self-checks", ent, Map.of("items", items));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = created.result().path("id").asLong();
        Api.Answer sub = api.post("/api/app/self-checks/" + id + "/submit", ent, null);
        assertThat(sub.status()).as(sub.raw()).isEqualTo(200);
        return id;
    }

    private List<Map<String, Object>> assignments(long subject) {
        return jdbc.queryForList("SELECT item_id, inspector_id, status, create_by FROM safety_recheck_assignment WHERE subject_id = ?"
                + " ORDER BY item_id", subject);
    }

    @Test
    @DisplayName("A8/A3: approving a self-check with 不达标 items gives the grid's inspector recheck work for exactly those items")
    void a3_approvedDefectsBecomeRecheckWork() {
        Api api = new Api(port);
        long[] ent = boundEnterprise(96501, api);
        String user = username(ent[0]);
        long id = submitted(api, user, true);

        // returning it creates no work
        Api.Answer returned = api.post("/api/safety/self-checks/" + id + "/return", "inspector1", Map.of("reason", "请补充整改计划"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(assignments(ent[1])).isEmpty();
        Api.Answer again = api.post("/api/app/self-checks/" + id + "/submit", user, null);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);

        Api.Answer approved = api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        List<Map<String, Object>> work = assignments(ent[1]);
        assertThat(work).extracting(r -> ((Number) r.get("item_id")).longValue()).containsExactly(30008L, 30014L);
        assertThat(work).allSatisfy(r -> {
            assertThat(((Number) r.get("inspector_id")).longValue()).as("the job's rule: the least-loaded eligible inspector (lowest id on a tie), one visit for both items").isEqualTo(2L);
            assertThat(r.get("status")).isEqualTo("OPEN");
            assertThat(r.get("create_by")).isEqualTo("self-check");
        });

        // it is in inspector1's recheck list (A3), not in inspector2's, and inspector1 is reminded
        JsonNode mine = api.get("/api/app/rechecks", "inspector1").result();
        assertThat(mine.findValuesAsText("subjectId").stream().filter(String.valueOf(ent[1])::equals)).hasSize(2);
        assertThat(api.get("/api/app/rechecks", "inspector2").result().findValuesAsText("subjectId")).doesNotContain(String.valueOf(ent[1]));
        Integer reminded = jdbc.queryForObject("SELECT COUNT(*) FROM msg_message m JOIN msg_recipient r ON r.message_id = m.id"
                + " WHERE m.category = 'RECHECK_DUE' AND r.user_id = 2 AND m.biz_type = 'safety_recheck_assignment' AND m.biz_id IN"
                + " (SELECT CAST(id AS CHAR) FROM safety_recheck_assignment WHERE subject_id = ?)", Integer.class, ent[1]);
        assertThat(reminded).isEqualTo(1);

        // a second approval is refused (409) and adds no work
        assertThat(api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of()).status()).isEqualTo(409);
        assertThat(assignments(ent[1])).hasSize(2);
    }

    @Test
    @DisplayName("A8/A3: a self-check approved with every item 合格 creates no recheck work")
    void a3_allQualifiedCreatesNoWork() {
        Api api = new Api(port);
        long[] ent = boundEnterprise(96502, api);
        long id = submitted(api, username(ent[0]), false);
        Api.Answer approved = api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of("note", "自查到位"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(assignments(ent[1])).isEmpty();
    }

    @Test
    @DisplayName("A8: inspectors and department leaders get the 自查审核 and 特种设备审核 pages, enterprises do not")
    void a8_reviewPagesInTheGridMembersMenus() {
        Api api = new Api(port);
        for (String user : List.of("inspector1", "leader1")) {
            String menus = api.get("/api/sys/user/info", user).result().path("menus").toString();
            assertThat(menus).as(user).contains("自查审核").contains("safety/self-check-review/index")
                    .contains("特种设备审核").contains("safety/equipment-review/index");
        }
        String enterprise = api.get("/api/sys/user/info", "enterprise1").result().path("menus").toString();
        assertThat(enterprise).doesNotContain("自查审核").doesNotContain("特种设备审核");
    }
}
