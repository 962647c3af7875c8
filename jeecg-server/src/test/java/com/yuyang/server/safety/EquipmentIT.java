package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.equipment.EquipmentService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A8 special equipment: declaration by the bound enterprise → review by the grid's inspector (return with a
 * reason, corrected, approved) → maintenance cycles from the equipment type → maintenance reports with files move
 * the due date → the overdue job warns the enterprise and the grid inspector once per overdue cycle (E3
 * "维保超期"). Other enterprises and other grids are refused; bad input is 400 in Chinese and changes nothing.
 */
class EquipmentIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EquipmentService equipment;

    private String boundEnterprise(long userId, Api api) {
        String username = SafetyFixtures.enterpriseAccount(jdbc, userId);
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        jdbc.update("INSERT INTO safety_subject_account (id, subject_id, user_id, create_by, create_time) VALUES (?,?,?,'it',CURRENT_TIMESTAMP)",
                userId, subject, userId);
        return username;
    }

    private long upload(Api api, String user) {
        Api.Answer a = api.upload("/api/files", user, "record.png", "image/png", InspectionIT.PNG);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    /** 压力容器（储气罐）: daily care every 7 days, yearly check (365 days). */
    private static Map<String, Object> receiver(String serial, LocalDate lastCare, List<Long> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typeId", 30302);
        m.put("name", "空压机储气罐");
        m.put("modelNo", "C-1.0/0.8");
        m.put("serialNo", serial);
        m.put("location", "维修车间");
        m.put("installDate", "2021-05-10");
        if (lastCare != null) {
            m.put("lastCareDate", lastCare.toString());
        }
        m.put("attachments", files);
        return m;
    }

    private List<Long> recipients(String category, long equipmentId) {
        return jdbc.queryForList("SELECT r.user_id FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.category = ? AND m.biz_type = 'safety_equipment' AND m.biz_id = ?"
                // other specs create inspectors of the same grids in this JVM's database: count demo accounts and ours only
                + " AND (r.user_id < 1000 OR r.user_id BETWEEN 96000 AND 96999) ORDER BY m.create_time, r.user_id",
                Long.class, category, String.valueOf(equipmentId));
    }

    private int overdueMessages(long equipmentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE category = 'MAINTENANCE_OVERDUE' AND biz_type = 'safety_equipment'"
                + " AND biz_id = ?", Integer.class, String.valueOf(equipmentId));
    }

    private JsonNode cycle(JsonNode detail, String kind) {
        for (JsonNode c : detail.path("cycles")) {
            if (kind.equals(c.path("kind").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " cycle in " + detail);
    }

    @Test
    @DisplayName("A8: declaration → return → correction → approval → cycles → maintenance moves the due date → overdue warned once")
    void a8_equipmentDeclarationReviewMaintenanceAndOverdueWarningOnce() {
        Api api = new Api(port);
        String ent = boundEnterprise(96011, api);
        LocalDate today = LocalDate.now();
        long licence = upload(api, ent);

        Api.Answer declared = api.post("/api/app/equipment", ent, receiver("QG-96011", today.minusDays(10), List.of(licence)));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(200);
        long id = declared.result().path("id").asLong();
        assertThat(declared.result().path("status").asText()).isEqualTo("PENDING");
        assertThat(declared.result().path("typeName").asText()).isEqualTo("压力容器（储气罐）");
        assertThat(recipients("EQUIPMENT_DECLARED", id)).as("the grid's inspector only").containsExactly(2L);
        assertThat(api.post("/api/app/equipment/" + id + "/maintenance", ent, Map.of("kind", "CARE", "doneOn", today.toString(),
                "content", "排污", "attachments", List.of(licence))).status()).as("not approved yet").isEqualTo(409);

        // the grid inspector returns it with a reason; the enterprise corrects it and it is reviewed again
        assertThat(api.post("/api/safety/equipment/" + id + "/approve", "inspector2", Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/safety/equipment?status=PENDING", "inspector1").result().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(api.get("/api/safety/equipment?status=PENDING", "inspector2").result().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        Api.Answer returned = api.post("/api/safety/equipment/" + id + "/return", "inspector1", Map.of("reason", "请补充使用登记证照片"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(returned.result().path("status").asText()).isEqualTo("RETURNED");
        assertThat(recipients("EQUIPMENT_REVIEWED", id)).containsExactly(96011L);
        assertThat(api.post("/api/safety/equipment/" + id + "/approve", "inspector1", Map.of()).status()).isEqualTo(409);
        long certificate = upload(api, ent);
        Api.Answer corrected = api.put("/api/app/equipment/" + id, ent, receiver("QG-96011", today.minusDays(10), List.of(licence, certificate)));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.result().path("status").asText()).isEqualTo("PENDING");
        assertThat(corrected.result().path("attachments")).hasSize(2);
        assertThat(recipients("EQUIPMENT_DECLARED", id)).containsExactly(2L, 2L);

        Api.Answer approved = api.post("/api/safety/equipment/" + id + "/approve", "inspector1", Map.of("note", "资料齐全"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        JsonNode care = cycle(approved.result(), "CARE");
        assertThat(care.path("cycleDays").asInt()).isEqualTo(7);
        assertThat(care.path("nextDueOn").asText()).as("last care + 7 days").isEqualTo(today.minusDays(3).toString());
        assertThat(care.path("overdue").asBoolean()).isTrue();
        assertThat(cycle(approved.result(), "CHECK").path("nextDueOn").asText()).as("no check declared: from approval")
                .isEqualTo(today.plusDays(365).toString());
        assertThat(api.put("/api/app/equipment/" + id, ent, receiver("QG-96011", null, List.of())).status())
                .as("approved declarations are not edited").isEqualTo(409);

        // overdue: the job warns the enterprise and the grid inspector, once however often it runs
        equipment.warnOverdue(today);
        equipment.warnOverdue(today);
        assertThat(overdueMessages(id)).isEqualTo(1);
        assertThat(recipients("MAINTENANCE_OVERDUE", id)).containsExactly(2L, 96011L);
        assertThat(api.get("/api/msg/my?status=unread", ent).raw()).contains("特种设备维保超期");
        assertThat(api.get("/api/safety/equipment?overdue=true", "inspector1").result().findValuesAsText("id")).contains(String.valueOf(id));

        // a maintenance report with its record moves the due date; nothing is overdue any more
        long record = upload(api, ent);
        Api.Answer reported = api.post("/api/app/equipment/" + id + "/maintenance", ent, Map.of("kind", "CARE",
                "doneOn", today.toString(), "content", "排污、安全阀和压力表检查", "attachments", List.of(record)));
        assertThat(reported.status()).as(reported.raw()).isEqualTo(200);
        care = cycle(reported.result(), "CARE");
        assertThat(care.path("nextDueOn").asText()).isEqualTo(today.plusDays(7).toString());
        assertThat(care.path("lastDoneOn").asText()).isEqualTo(today.toString());
        assertThat(care.path("overdue").asBoolean()).isFalse();
        JsonNode m = reported.result().path("maintenance").get(0);
        assertThat(m.path("previousDueOn").asText()).isEqualTo(today.minusDays(3).toString());
        assertThat(m.path("attachments").findValuesAsText("id")).containsExactly(String.valueOf(record));
        equipment.warnOverdue(today);
        assertThat(overdueMessages(id)).isEqualTo(1);
        assertThat(api.get("/api/safety/equipment?overdue=true", "inspector1").result().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(api.bytes("/api/app/equipment/" + id + "/files/" + record, "inspector1").statusCode()).isEqualTo(200);

        // the next cycle falls overdue in turn (time passes): a new warning for the new due date, again only once
        jdbc.update("UPDATE safety_equipment_cycle SET next_due_on = ? WHERE equipment_id = ? AND kind = 'CARE'",
                Date.valueOf(today.minusDays(1)), id);
        equipment.warnOverdue(today);
        equipment.warnOverdue(today);
        assertThat(overdueMessages(id)).isEqualTo(2);

        JsonNode detail = api.get("/api/app/equipment/" + id, "inspector1").result();
        assertThat(detail.path("trail").findValuesAsText("action")).containsExactly("DECLARE", "RETURN", "RESUBMIT", "APPROVE");
        List<String> mine = new java.util.ArrayList<>();
        api.get("/api/app/equipment", ent).result().forEach(e -> mine.add(e.path("id").asText()));
        assertThat(mine).containsExactly(String.valueOf(id));
    }

    @Test
    @DisplayName("A8: another enterprise, an unbound account and another grid's inspector are refused on every path")
    void a8_otherEnterprisesAndGridsAreRefused() {
        Api api = new Api(port);
        String ent = boundEnterprise(96012, api);
        long file = upload(api, ent);
        long id = api.post("/api/app/equipment", ent, receiver("QG-96012", null, List.of(file))).result().path("id").asLong();
        assertThat(api.post("/api/safety/equipment/" + id + "/approve", "inspector1", Map.of()).status()).isEqualTo(200);

        Map<String, Object> report = Map.of("kind", "CARE", "doneOn", LocalDate.now().toString(), "content", "保养", "attachments", List.of(file));
        assertThat(api.get("/api/app/equipment/" + id, "enterprise1").status()).isEqualTo(404);
        assertThat(api.put("/api/app/equipment/" + id, "enterprise1", receiver("QG-X", null, List.of())).status()).isEqualTo(404);
        assertThat(api.post("/api/app/equipment/" + id + "/maintenance", "enterprise1", report).status()).isEqualTo(404);
        assertThat(api.bytes("/api/app/equipment/" + id + "/files/" + file, "enterprise1").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/app/equipment", "enterprise1").result().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(api.get("/api/app/equipment/" + id, "inspector2").status()).isEqualTo(404);
        assertThat(api.bytes("/api/app/equipment/" + id + "/files/" + file, "inspector2").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/safety/equipment/" + id + "/return", ent, Map.of("reason", "自己退回")).status()).isEqualTo(403);
        String unbound = SafetyFixtures.enterpriseAccount(jdbc, 96013);
        Api.Answer notBound = api.post("/api/app/equipment", unbound, receiver("QG-96013", null, List.of()));
        assertThat(notBound.status()).isEqualTo(403);
        assertThat(notBound.message()).contains("尚未绑定主体");
        assertThat(api.post("/api/app/equipment", "inspector1", receiver("QG-I1", null, List.of())).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment_maintenance WHERE equipment_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment WHERE serial_no IN ('QG-96013', 'QG-I1', 'QG-X')", Integer.class)).isZero();
    }

    @Test
    @DisplayName("A8: bad input → 400/409 in Chinese, nothing changed")
    void a8_badInputIsRefusedAndChangesNothing() {
        Api api = new Api(port);
        String ent = boundEnterprise(96014, api);
        long file = upload(api, ent);
        long id = api.post("/api/app/equipment", ent, receiver("QG-96014", LocalDate.now().minusDays(2), List.of(file)))
                .result().path("id").asLong();
        long otherFile = upload(api, "inspector1");
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        record Case(Object body, int status, String message) {
        }
        Map<String, Object> noType = receiver("QG-A", null, List.of());
        noType.put("typeId", 987654);
        Map<String, Object> future = receiver("QG-B", null, List.of());
        future.put("installDate", tomorrow.toString());
        Map<String, Object> blankSerial = receiver(" ", null, List.of());
        Map<String, Object> badDate = receiver("QG-C", null, List.of());
        badDate.put("installDate", "2021/05/10");
        List<Case> declarations = List.of(
                new Case(noType, 400, "特种设备类型不存在或已停用"),
                new Case(future, 400, "不能晚于今天"),
                new Case(blankSerial, 400, "出厂编号不能为空"),
                new Case(badDate, 400, "格式不正确"),
                new Case(receiver("QG-D", null, List.of(otherFile)), 400, "附件不存在或不是您上传的"),
                new Case(receiver("QG-96014", null, List.of()), 409, "该出厂编号的设备已申报"));
        for (Case c : declarations) {
            Api.Answer a = api.post("/api/app/equipment", ent, c.body());
            assertThat(a.status()).as(a.raw()).isEqualTo(c.status());
            assertThat(a.message()).as(a.raw()).contains(c.message());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment WHERE subject_id = (SELECT subject_id FROM"
                + " safety_subject_account WHERE user_id = 96014)", Integer.class)).isEqualTo(1);

        assertThat(api.post("/api/safety/equipment/" + id + "/return", "inspector1", Map.of("reason", "")).message()).contains("请填写退回原因");
        assertThat(api.post("/api/safety/equipment/" + id + "/approve", "inspector1", Map.of()).status()).isEqualTo(200);
        String lastCare = LocalDate.now().minusDays(2).toString();
        List<Case> reports = List.of(
                new Case(Map.of("kind", "OIL", "doneOn", lastCare, "content", "x", "attachments", List.of(file)), 400, "维保类型只能是"),
                new Case(Map.of("kind", "CARE", "doneOn", lastCare, "content", "x", "attachments", List.of()), 400, "请上传维保记录附件"),
                new Case(Map.of("kind", "CARE", "doneOn", tomorrow.toString(), "content", "x", "attachments", List.of(file)), 400, "维保日期不能晚于今天"),
                new Case(Map.of("kind", "CARE", "doneOn", LocalDate.now().minusDays(5).toString(), "content", "x", "attachments", List.of(file)),
                        400, "维保日期不能早于上次维保日期"),
                new Case(Map.of("kind", "CARE", "doneOn", lastCare, "content", " ", "attachments", List.of(file)), 400, "维保内容不能为空"),
                new Case(Map.of("kind", "CARE", "doneOn", lastCare, "content", "x", "attachments", List.of(otherFile)), 400, "附件不存在"));
        for (Case c : reports) {
            Api.Answer a = api.post("/api/app/equipment/" + id + "/maintenance", ent, c.body());
            assertThat(a.status()).as(a.raw()).isEqualTo(c.status());
            assertThat(a.message()).as(a.raw()).contains(c.message());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_equipment_maintenance WHERE equipment_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT next_due_on FROM safety_equipment_cycle WHERE equipment_id = ? AND kind = 'CARE'", Date.class, id)
                .toLocalDate()).isEqualTo(LocalDate.now().plusDays(5));
        assertThat(api.get("/api/safety/equipment?status=BROKEN", "inspector1").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("A8 demo: enterprise1 sees its self-check history and its equipment, inspector1 its review queue")
    void a8_demoDataLetsEnterprise1TryBothFlows() {
        Api api = new Api(port);
        JsonNode history = api.get("/api/app/self-checks", "enterprise1").result();
        assertThat(history.findValuesAsText("id")).contains("3680001");
        JsonNode october = api.get("/api/app/self-checks/3680001", "enterprise1").result();
        assertThat(october.path("status").asText()).isEqualTo("APPROVED");
        assertThat(october.path("trail").findValuesAsText("action")).containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE");
        JsonNode current = api.get("/api/app/self-checks/current", "enterprise1").result();
        assertThat(current.path("items").findValuesAsText("itemId")).containsExactly("30006", "30008", "30014");

        JsonNode receiver = api.get("/api/app/equipment/3690001", "enterprise1").result();
        assertThat(cycle(receiver, "CARE").path("overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/safety/equipment?status=PENDING", "inspector1").result().findValuesAsText("id")).contains("3690002");
        assertThat(api.get("/api/safety/equipment?status=PENDING", "inspector2").result().findValuesAsText("id")).doesNotContain("3690002");
    }
}
