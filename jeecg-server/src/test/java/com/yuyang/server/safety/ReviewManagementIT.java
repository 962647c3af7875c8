package com.yuyang.server.safety;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A10 review management: an enterprise's company and employee data are pending changes until the service centre
 * (service1) approves them against its records — approve applies them, return gives a reason (resubmission
 * allowed), reject answers exactly "您不属于本中心从业人员或运输单位"; bad input is refused and changes nothing;
 * a reviewer outside the subject's grid does not see it.
 */
class ReviewManagementIT extends IntegrationTest {

    static final long ACCOUNT = 97011;
    static final long GRID_REVIEWER = 97012;
    static final long GRID_ROLE = 97013;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    Api api;
    String enterprise;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        enterprise = "ent" + ACCOUNT;
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, GRID_REVIEWER) == 0) {
            // a reviewer whose role sees only its own grid (102): 1011's submissions are not theirs
            jdbc.update("INSERT INTO sys_role (id, tenant_id, code, name, data_scope) VALUES (?, 1, 'it_grid_reviewer', '网格审核员', 'GRID')", GRID_ROLE);
            jdbc.update("INSERT INTO sys_role_permission (role_id, permission_id) VALUES (?, 3770), (?, 3771)", GRID_ROLE, GRID_ROLE);
            jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                    + " VALUES (?, 1, 'it_reviewer102', ?, '网格审核员', 14, 'STAFF', 'ACTIVE')", GRID_REVIEWER, SafetyFixtures.DEMO_HASH);
            jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, ?)", GRID_REVIEWER, GRID_ROLE);
            jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 102)", GRID_REVIEWER);
        }
    }

    long submissions(long subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_review_submission WHERE subject_id = ?", Long.class, subject);
    }

    long employees(long subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM safety_employee WHERE subject_id = ? AND del_flag = 0", Long.class, subject);
    }

    Api.Answer submit(Map<String, Object> body) {
        return api.post("/api/app/reviews", enterprise, body);
    }

    @Test
    @DisplayName("A10 review: approve applies company and employee data; return keeps the reason; reject = not managed by this centre")
    void a10_review_approve_return_and_not_ours() {
        long subject = MeasureFixtures.boundSubject(api, jdbc, ACCOUNT);

        // bad input: refused, nothing stored
        Api.Answer field = submit(Map.of("kind", "SUBJECT", "data", Map.of("grid_id", 102)));
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.message()).contains("grid_id");
        Api.Answer pattern = submit(Map.of("kind", "SUBJECT", "data", Map.of("phone", "12")));
        assertThat(pattern.status()).as(pattern.raw()).isEqualTo(400);
        assertThat(submit(Map.of("kind", "VEHICLE", "data", Map.of("name", "x"))).status()).isEqualTo(400);
        assertThat(submit(Map.of("kind", "EMPLOYEE", "data", Map.of())).status()).isEqualTo(400);
        assertThat(submit(Map.of("kind", "EMPLOYEE", "targetId", 3795001, "data", Map.of("job", "x"))).status())
                .as("another subject's employee").isEqualTo(404);
        assertThat(api.post("/api/app/reviews", "inspector1", Map.of("kind", "SUBJECT", "data", Map.of("phone", "13800009999"))).status())
                .isEqualTo(403);
        assertThat(submissions(subject)).isZero();

        // company data: pending until approved
        Api.Answer company = submit(Map.of("kind", "SUBJECT", "data", Map.of("phone", "13800009999", "address", "榆阳区新址 8 号")));
        assertThat(company.status()).as(company.raw()).isEqualTo(200);
        long companyId = company.result().path("id").asLong();
        assertThat(company.result().path("status").asText()).isEqualTo("PENDING");
        assertThat(clearPhone(subject)).isEqualTo("13800001111");
        // E2: the proposal is kept like the record itself, the phone number encrypted at rest
        assertThat(jdbc.queryForObject("SELECT payload FROM safety_review_submission WHERE id = ?", String.class, companyId))
                .doesNotContain("13800009999").contains(cipher.hash("13800009999"));
        assertThat(submit(Map.of("kind", "SUBJECT", "data", Map.of("phone", "13800008888"))).status())
                .as("one pending change per record").isEqualTo(409);

        JsonNode detail = api.get("/api/safety/reviews/" + companyId, "service1").result();
        // the reviewer compares masked numbers (no sys:sensitive:view), never the ciphertext
        assertThat(detail.path("current").path("phone").asText()).isEqualTo(Masking.phone("13800001111"));
        assertThat(detail.path("data").path("phone").asText()).isEqualTo(Masking.phone("13800009999"));
        assertThat(detail.path("data").has("phone_hash")).isFalse();
        assertThat(api.get("/api/safety/reviews?status=PENDING", "service1").result().findValuesAsText("id")).contains(String.valueOf(companyId));

        // isolation: a reviewer of grid 102 and an inspector do not get it
        assertThat(api.get("/api/safety/reviews?status=PENDING", "it_reviewer102").result().findValuesAsText("id"))
                .doesNotContain(String.valueOf(companyId));
        assertThat(api.post("/api/safety/reviews/" + companyId + "/approve", "it_reviewer102", null).status()).isEqualTo(404);
        assertThat(api.post("/api/safety/reviews/" + companyId + "/approve", "inspector1", null).status()).isEqualTo(403);

        Api.Answer approved = api.post("/api/safety/reviews/" + companyId + "/approve", "service1", null);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.result().path("status").asText()).isEqualTo("APPROVED");
        Map<String, Object> row = jdbc.queryForMap("SELECT phone, address, grid_id FROM safety_subject WHERE id = ?", subject);
        assertThat(clearPhone(subject)).isEqualTo("13800009999");
        assertThat(row.get("address")).isEqualTo("榆阳区新址 8 号");
        assertThat(((Number) row.get("grid_id")).longValue()).isEqualTo(1011);
        assertThat(api.post("/api/safety/reviews/" + companyId + "/approve", "service1", null).status()).isEqualTo(409);

        // a new employee, returned with a reason: nothing applied, the enterprise is told and may resubmit
        Map<String, Object> employee = Map.of("name", "马驾驶", "sex", "1", "age", 38, "id_card", "610802198801010011",
                "phone", "13991230021", "job", "货车驾驶员");
        long e1 = submit(Map.of("kind", "EMPLOYEE", "data", employee)).result().path("id").asLong();
        assertThat(api.post("/api/safety/reviews/" + e1 + "/return", "service1", Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Answer returned = api.post("/api/safety/reviews/" + e1 + "/return", "service1", Map.of("reason", "从业资格证号与中心档案不一致"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(returned.result().path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.result().path("reason").asText()).isEqualTo("从业资格证号与中心档案不一致");
        assertThat(employees(subject)).isZero();
        assertThat(api.get("/api/app/reviews?status=RETURNED", enterprise).raw()).contains("从业资格证号与中心档案不一致");
        assertThat(jdbc.queryForList("SELECT m.category FROM msg_message m JOIN msg_recipient r ON r.message_id = m.id"
                + " WHERE r.user_id = ? AND m.biz_id = ?", String.class, ACCOUNT, String.valueOf(e1))).containsExactly("REVIEW_DECIDED");

        // resubmitted, then rejected as not managed by this centre
        long e2 = submit(Map.of("kind", "EMPLOYEE", "data", employee)).result().path("id").asLong();
        Api.Answer rejected = api.post("/api/safety/reviews/" + e2 + "/reject", "service1", null);
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.result().path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.result().path("reason").asText()).isEqualTo("您不属于本中心从业人员或运输单位");
        assertThat(employees(subject)).isZero();
        assertThat(api.post("/api/safety/reviews/" + e2 + "/return", "service1", Map.of("reason", "x")).status()).isEqualTo(409);

        // approved: the employee joins the subject (its grid), and a later change of that employee is applied too
        long e3 = submit(Map.of("kind", "EMPLOYEE", "data", employee)).result().path("id").asLong();
        Api.Answer ok = api.post("/api/safety/reviews/" + e3 + "/approve", "service1", null);
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        long employeeId = ok.result().path("appliedId").asLong();
        Map<String, Object> emp = jdbc.queryForMap("SELECT subject_id, grid_id, name, id_card, id_card_hash FROM safety_employee WHERE id = ?", employeeId);
        assertThat(((Number) emp.get("subject_id")).longValue()).isEqualTo(subject);
        assertThat(((Number) emp.get("grid_id")).longValue()).isEqualTo(1011);
        assertThat(cipher.decrypt((String) emp.get("id_card"))).isEqualTo("610802198801010011");
        assertThat(emp.get("id_card_hash")).isEqualTo(cipher.hash("610802198801010011"));

        long change = submit(Map.of("kind", "EMPLOYEE", "targetId", employeeId, "data", Map.of("job", "押运员"))).result().path("id").asLong();
        assertThat(api.post("/api/safety/reviews/" + change + "/approve", "service1", null).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT job FROM safety_employee WHERE id = ?", String.class, employeeId)).isEqualTo("押运员");
        assertThat(employees(subject)).isEqualTo(1);

        List<String> statuses = api.get("/api/app/reviews", enterprise).result().findValuesAsText("status");
        assertThat(statuses).containsExactlyInAnyOrder("APPROVED", "RETURNED", "REJECTED", "APPROVED", "APPROVED");
    }

    /** the subject's phone in clear: sealed values are decrypted, a legacy plain value is read as it is */
    private String clearPhone(long subject) {
        Map<String, Object> r = jdbc.queryForMap("SELECT phone, phone_hash FROM safety_subject WHERE id = ?", subject);
        return r.get("phone_hash") == null ? (String) r.get("phone") : cipher.decrypt((String) r.get("phone"));
    }
}
