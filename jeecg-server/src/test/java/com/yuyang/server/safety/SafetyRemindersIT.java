package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
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

    /** Recipients of the reminders about one inspection. */
    private java.util.List<Long> reminded(long inspectionId) {
        return jdbc.queryForList("SELECT r.user_id FROM msg_recipient r WHERE r.message_id IN "
                + "(SELECT m.id FROM msg_message m WHERE m.biz_type = 'safety_inspection' AND m.biz_id = ?)",
                Long.class, String.valueOf(inspectionId));
    }

    @Test
    void a6_unqualifiedItemRemindsTheInspectorInTheMessageCentre() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        int unreadBefore = api.get("/api/msg/my/unread-count", "inspector1").result().path("count").asInt();

        Api.Answer ok = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30008, "result", "UNQUALIFIED", "remark", "台账缺失"))));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        long inspectionId = ok.result().path("id").asLong();

        assertThat(reminded(inspectionId)).as("recipients of the reminder").containsExactly(2L);
        assertThat(api.get("/api/msg/my/unread-count", "inspector1").result().path("count").asInt()).as("unread count").isEqualTo(unreadBefore + 1);
        assertThat(api.get("/api/msg/my?status=unread", "inspector1").raw()).contains("检查项不达标，待复查");
    }

    @Test
    void a6_qualifiedInspectionSendsNoReminder() {
        Api api = new Api(port);
        long subject = SafetyFixtures.createSubject(api, 101, 30101);
        Api.Answer ok = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", List.of(
                Map.of("itemId", 30001, "result", "QUALIFIED", "remark", ""))));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(reminded(ok.result().path("id").asLong())).isEmpty();
    }
}
