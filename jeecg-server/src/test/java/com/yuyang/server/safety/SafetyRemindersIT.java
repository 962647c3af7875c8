package com.yuyang.server.safety;

import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A6/E3: an unqualified inspection reminds the inspector through the message centre, exactly once. */
class SafetyRemindersIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private int reminders(long inspectionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message m JOIN msg_recipient r ON r.message_id = m.id "
                + "WHERE m.biz_type = 'safety_inspection' AND m.biz_id = ? AND r.user_id = 2", Integer.class,
                String.valueOf(inspectionId));
    }

    @Test
    void a6_unqualifiedItemRemindsTheInspectorInTheMessageCentre() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        int unreadBefore = api.get("/api/msg/my/unread-count", "inspector1").result().asInt();

        Api.Answer ok = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30008, "result", "UNQUALIFIED", "remark", "台账缺失"))));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        long inspectionId = ok.result().path("id").asLong();

        assertThat(reminders(inspectionId)).isEqualTo(1);
        assertThat(api.get("/api/msg/my/unread-count", "inspector1").result().asInt()).isEqualTo(unreadBefore + 1);
        assertThat(api.get("/api/msg/my?status=unread", "inspector1").raw()).contains("检查项不达标，待复查");
    }

    @Test
    void a6_qualifiedInspectionSendsNoReminder() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        Api.Answer ok = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30001, "result", "QUALIFIED", "remark", ""))));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(reminders(ok.result().path("id").asLong())).isZero();
    }
}
