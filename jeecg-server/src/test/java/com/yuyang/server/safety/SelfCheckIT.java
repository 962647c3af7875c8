package com.yuyang.server.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.safety.selfcheck.SelfCheckEvents;
import com.yuyang.traffic.safety.selfcheck.SelfCheckService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A8 enterprise self-check: the bound enterprise fills its industry's self-check items (合格, or 不达标 with text
 * and photos), saves a draft, submits; the grid's inspector returns it with a reason, the enterprise corrects and
 * resubmits, the inspector approves; every round stays in the history. E3 reminders: submitted → grid inspector,
 * returned/approved → enterprise, not done in the period → enterprise once. Other grids and other enterprises are
 * refused on every path; bad input is 400 in Chinese and changes nothing.
 */
class SelfCheckIT extends IntegrationTest {

    static final byte[] PNG = InspectionIT.PNG;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SelfCheckService selfChecks;

    /** A new subject of 道路货运 (self-check items 30006, 30008, 30014) in grid 1011, bound to a new enterprise account. */
    private String boundEnterprise(long userId, Api api) {
        String username = SafetyFixtures.enterpriseAccount(jdbc, userId);
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        jdbc.update("INSERT INTO safety_subject_account (id, subject_id, user_id, create_by, create_time) VALUES (?,?,?,'it',CURRENT_TIMESTAMP)",
                userId, subject, userId);
        return username;
    }

    private static Map<String, Object> answer(long itemId, String result, String remark, List<Long> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("result", result);
        if (remark != null) {
            m.put("remark", remark);
        }
        if (files != null) {
            m.put("attachments", files);
        }
        return m;
    }

    private long upload(Api api, String user) {
        Api.Answer a = api.upload("/api/files", user, "photo.png", "image/png", PNG);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("id").asLong();
    }

    private List<Long> recipients(String category, long selfCheckId) {
        return jdbc.queryForList("SELECT r.user_id FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.category = ? AND m.biz_type = 'safety_self_check' AND m.biz_id = ?"
                // other specs create inspectors of the same grids in this JVM's database: count demo accounts and ours only
                + " AND (r.user_id < 1000 OR r.user_id BETWEEN 96000 AND 96999) ORDER BY r.user_id",
                Long.class, category, String.valueOf(selfCheckId));
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM safety_self_check WHERE id = ?", String.class, id);
    }

    @Test
    @DisplayName("A8: draft → submit → return with reason → edit and resubmit → approve, with history and E3 reminders")
    void a8_selfCheckApproveReturnResubmitWithHistory() {
        Api api = new Api(port);
        String ent = boundEnterprise(96001, api);

        JsonNode current = api.get("/api/app/self-checks/current", ent).result();
        assertThat(current.path("selfCheck").isNull()).isTrue();
        assertThat(current.path("items").findValuesAsText("itemId")).containsExactly("30006", "30008", "30014");
        assertThat(current.path("period").path("key").asText()).isEqualTo(selfChecks.period(LocalDate.now()).key());

        // a draft with one answer; submitting it is refused while items are missing
        Api.Answer created = api.post("/api/app/self-checks", ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null))));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = created.result().path("id").asLong();
        assertThat(created.result().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.post("/api/app/self-checks", ent, Map.of()).status()).as("one self-check per period").isEqualTo(409);
        Api.Answer incomplete = api.post("/api/app/self-checks/" + id + "/submit", ent, null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.message()).contains("以下自检项尚未填写").contains("隐患排查治理").contains("车辆动态监控");

        // 不达标 without a photo is saved as a draft but cannot be submitted
        api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "UNQUALIFIED", "隐患台账未更新", null), answer(30014, "QUALIFIED", null, null))));
        Api.Answer noPhoto = api.post("/api/app/self-checks/" + id + "/submit", ent, null);
        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.message()).contains("不达标项须填写情况说明并上传照片").contains("隐患排查治理");
        assertThat(status(id)).isEqualTo("DRAFT");

        long photo = upload(api, ent);
        Api.Answer saved = api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "UNQUALIFIED", "隐患台账未更新，已安排整改", List.of(photo)), answer(30014, "QUALIFIED", null, null))));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        Api.Answer submitted = api.post("/api/app/self-checks/" + id + "/submit", ent, null);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.result().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.result().path("unqualifiedCount").asInt()).isEqualTo(1);
        assertThat(recipients("SELF_CHECK_SUBMITTED", id)).as("the grid's inspector (101 covers 1011), not inspector2").containsExactly(2L);

        // submitted: the enterprise cannot change it; the inspector of another grid cannot review it
        assertThat(api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of())).status()).isEqualTo(409);
        Api.Answer foreign = api.post("/api/safety/self-checks/" + id + "/approve", "inspector2", Map.of());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.message()).contains("不在您的监管网格内");
        assertThat(api.get("/api/safety/self-checks?status=SUBMITTED", "inspector1").result().findValuesAsText("id"))
                .contains(String.valueOf(id));
        assertThat(api.get("/api/safety/self-checks?status=SUBMITTED", "inspector2").result().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));

        // return needs a reason
        Api.Answer noReason = api.post("/api/safety/self-checks/" + id + "/return", "inspector1", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.message()).contains("请填写退回原因");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        Api.Answer returned = api.post("/api/safety/self-checks/" + id + "/return", "inspector1", Map.of("reason", "照片看不清整改情况，请补拍"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(returned.result().path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.result().path("reviewNote").asText()).isEqualTo("照片看不清整改情况，请补拍");
        assertThat(recipients("SELF_CHECK_REVIEWED", id)).containsExactly(96001L);
        assertThat(api.get("/api/msg/my?status=unread", ent).raw()).contains("照片看不清整改情况，请补拍");
        assertThat(api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of()).status())
                .as("a returned self-check is not waiting for review").isEqualTo(409);

        // the enterprise corrects and resubmits (round 2); the inspector is reminded again, then approves
        long photo2 = upload(api, ent);
        assertThat(api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "QUALIFIED", "已补记台账并整改闭环", List.of(photo2)), answer(30014, "QUALIFIED", null, null)))).status()).isEqualTo(200);
        Api.Answer resubmitted = api.post("/api/app/self-checks/" + id + "/submit", ent, null);
        assertThat(resubmitted.status()).as(resubmitted.raw()).isEqualTo(200);
        assertThat(resubmitted.result().path("roundNo").asInt()).isEqualTo(2);
        assertThat(recipients("SELF_CHECK_SUBMITTED", id)).containsExactly(2L, 2L);
        Api.Answer approved = api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of("note", "整改到位"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(api.post("/api/safety/self-checks/" + id + "/return", "inspector1", Map.of("reason", "再退一次")).status()).isEqualTo(409);
        assertThat(api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of())).status()).isEqualTo(409);
        assertThat(recipients("SELF_CHECK_REVIEWED", id)).containsExactly(96001L, 96001L);

        // history: both rounds, the first with its own (unqualified) snapshot
        JsonNode detail = api.get("/api/app/self-checks/" + id, ent).result();
        List<String> actions = new ArrayList<>();
        detail.path("trail").forEach(t -> actions.add(t.path("action").asText()));
        assertThat(actions).containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE");
        JsonNode firstRound = detail.path("trail").get(0).path("snapshot").path("items");
        assertThat(firstRound.get(1).path("result").asText()).isEqualTo("UNQUALIFIED");
        assertThat(detail.path("trail").get(1).path("note").asText()).isEqualTo("照片看不清整改情况，请补拍");
        assertThat(detail.path("items").get(1).path("result").asText()).isEqualTo("QUALIFIED");
        assertThat(api.get("/api/app/self-checks", ent).result().findValuesAsText("id")).containsExactly(String.valueOf(id));

        // the first round's photo stays readable for the enterprise and the grid inspector, nobody else
        HttpResponse<byte[]> img = api.bytes("/api/app/self-checks/" + id + "/files/" + photo, "inspector1");
        assertThat(img.statusCode()).isEqualTo(200);
        assertThat(img.body()).isEqualTo(PNG);
        assertThat(api.bytes("/api/app/self-checks/" + id + "/files/" + photo2, ent).statusCode()).isEqualTo(200);
        assertThat(api.bytes("/api/app/self-checks/" + id + "/files/" + photo, "inspector2").statusCode()).isEqualTo(404);
        assertThat(api.bytes("/api/app/self-checks/" + id + "/files/" + photo, "enterprise1").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("A8: another enterprise, an unbound account and another grid's inspector are refused on every path")
    void a8_otherEnterprisesAndGridsAreRefused() {
        Api api = new Api(port);
        String ent = boundEnterprise(96002, api);
        long photo = upload(api, ent);
        long id = api.post("/api/app/self-checks", ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "UNQUALIFIED", "消防通道堆放杂物", List.of(photo)), answer(30014, "QUALIFIED", null, null))))
                .result().path("id").asLong();

        // enterprise1 is bound to another subject: the record does not exist for it
        assertThat(api.get("/api/app/self-checks/" + id, "enterprise1").status()).isEqualTo(404);
        assertThat(api.put("/api/app/self-checks/" + id, "enterprise1", Map.of("items", List.of())).status()).isEqualTo(404);
        assertThat(api.post("/api/app/self-checks/" + id + "/submit", "enterprise1", null).status()).isEqualTo(404);
        assertThat(api.get("/api/app/self-checks", "enterprise1").result().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        // an enterprise cannot review, even its own
        assertThat(api.post("/api/safety/self-checks/" + id + "/approve", ent, Map.of()).status()).isEqualTo(403);
        // an account not bound to a subject yet
        String unbound = SafetyFixtures.enterpriseAccount(jdbc, 96003);
        Api.Answer notBound = api.get("/api/app/self-checks/current", unbound);
        assertThat(notBound.status()).isEqualTo(403);
        assertThat(notBound.message()).contains("尚未绑定主体");
        assertThat(api.post("/api/app/self-checks", unbound, Map.of()).status()).isEqualTo(403);
        // inspectors do not fill self-checks; another grid's inspector does not see it
        assertThat(api.post("/api/app/self-checks", "inspector1", Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/app/self-checks/" + id, "inspector2").status()).isEqualTo(404);
        assertThat(api.get("/api/app/self-checks/" + id, "inspector1").status()).isEqualTo(200);

        assertThat(api.post("/api/app/self-checks/" + id + "/submit", ent, null).status()).isEqualTo(200);
        assertThat(api.post("/api/safety/self-checks/" + id + "/return", "inspector2", Map.of("reason", "越权退回")).status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_review_trail WHERE biz_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    @DisplayName("A8: bad input → 400 in Chinese, nothing changed")
    void a8_badInputIsRefusedAndChangesNothing() {
        Api api = new Api(port);
        String ent = boundEnterprise(96004, api);
        long id = api.post("/api/app/self-checks", ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null))))
                .result().path("id").asLong();
        long someoneElses = upload(api, "inspector1");
        record Case(Object body, String message) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("items", List.of(answer(30006, "GOOD", null, null))), "自检结果只能是"),
                new Case(Map.of("items", List.of(Map.of("result", "QUALIFIED"))), "自检项不能为空"),
                new Case(Map.of("items", List.of(answer(30006, "QUALIFIED", null, null), answer(30006, "UNQUALIFIED", "x", null))), "自检项重复"),
                new Case(Map.of("items", List.of(answer(30001, "QUALIFIED", null, null))), "不是本行业的自检项"),
                new Case(Map.of("items", List.of(answer(30008, "UNQUALIFIED", "x", List.of(someoneElses)))), "附件不存在或不是您上传的"),
                new Case(Map.of("items", List.of(answer(30008, "UNQUALIFIED", "长".repeat(501), null))), "情况说明不能超过500字"),
                new Case("{\"items\": [", "格式不正确"));
        for (Case c : cases) {
            Api.Answer a = api.put("/api/app/self-checks/" + id, ent, c.body());
            assertThat(a.status()).as(a.raw()).isEqualTo(400);
            assertThat(a.message()).as(a.raw()).contains(c.message());
        }
        assertThat(jdbc.queryForList("SELECT item_id FROM safety_self_check_result WHERE self_check_id = ?", Long.class, id))
                .containsExactly(30006L);
        assertThat(jdbc.queryForObject("SELECT version FROM safety_self_check WHERE id = ?", Integer.class, id)).isZero();
        assertThat(api.get("/api/safety/self-checks?status=DONE", "inspector1").status()).isEqualTo(400);
        assertThat(api.post("/api/safety/self-checks/" + id + "/return", "inspector1", Map.of()).message()).contains("请填写退回原因");
        assertThat(api.post("/api/safety/self-checks/987654321/approve", "inspector1", Map.of()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("A8/E3: self-check not done near the end of the period → the enterprise is reminded once; done → not reminded")
    void a8_e3_notDoneInThePeriodRemindsOnce() {
        Api api = new Api(port);
        String lazy = boundEnterprise(96005, api);
        String diligent = boundEnterprise(96006, api);
        long photo = upload(api, diligent);
        long id = api.post("/api/app/self-checks", diligent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "UNQUALIFIED", "灭火器过期", List.of(photo)), answer(30014, "QUALIFIED", null, null))))
                .result().path("id").asLong();
        assertThat(api.post("/api/app/self-checks/" + id + "/submit", diligent, null).status()).isEqualTo(200);
        assertThat(lazy).isNotBlank();

        LocalDate end = selfChecks.period(LocalDate.now()).end();
        assertThat(selfChecks.dueReminders(selfChecks.period(LocalDate.now()).start()))
                .as("early in the month (period MONTH, reminders from 7 days before its end)").isEmpty();

        List<SelfCheckEvents.Due> due = selfChecks.dueReminders(end);
        assertThat(due.stream().map(SelfCheckEvents.Due::accountId).toList()).contains(96005L).doesNotContain(96006L);
        selfChecks.dueReminders(end);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.category = 'SELF_CHECK_DUE' AND r.user_id = 96005", Integer.class)).as("once per period").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.category = 'SELF_CHECK_DUE' AND r.user_id = 96006", Integer.class)).isZero();
        assertThat(api.get("/api/msg/my?status=unread", lazy).raw()).contains("本期企业自检尚未完成");
    }

    /** Runs both calls at the same instant and returns their HTTP statuses. */
    private static List<Integer> race(Callable<Integer> a, Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("A8: concurrent creations of the period's self-check and concurrent reviews have exactly one winner")
    void a8_concurrentCreationAndReviewHaveOneWinner() throws Exception {
        Api api = new Api(port);
        String ent = boundEnterprise(96007, api);
        api.token(ent);
        api.token("admin");
        api.token("inspector1");
        Callable<Integer> create = () -> api.post("/api/app/self-checks", ent, Map.of()).status();
        assertThat(race(create, create)).containsExactlyInAnyOrder(200, 409);
        long id = jdbc.queryForObject("SELECT c.id FROM safety_self_check c JOIN safety_subject_account a ON a.subject_id = c.subject_id"
                + " WHERE a.user_id = 96007", Long.class);

        assertThat(api.put("/api/app/self-checks/" + id, ent, Map.of("items", List.of(answer(30006, "QUALIFIED", null, null),
                answer(30008, "QUALIFIED", null, null), answer(30014, "QUALIFIED", null, null)))).status()).isEqualTo(200);
        assertThat(api.post("/api/app/self-checks/" + id + "/submit", ent, null).status()).isEqualTo(200);
        List<Integer> reviews = race(() -> api.post("/api/safety/self-checks/" + id + "/approve", "inspector1", Map.of()).status(),
                () -> api.post("/api/safety/self-checks/" + id + "/return", "admin", Map.of("reason", "同时退回")).status());
        assertThat(reviews).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_review_trail WHERE biz_type = 'SELF_CHECK' AND biz_id = ?",
                Integer.class, id)).as("SUBMIT and exactly one review").isEqualTo(2);
    }
}
