package com.yuyang.server.safety;

import cn.idev.excel.FastExcel;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A9 supervision measures: the configured state machine (recheck → penalty → rectification / suspension → …),
 * a refused role, a penalty outside the item's range refused until confirmed and then flagged, the subject's
 * status following (异常 / 锁止 / 正常), concurrent actions with exactly one winner, the archive (search within
 * the caller's grids, xlsx export) and the rules as administrator-edited configuration.
 */
class MeasureFlowIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api.Answer act(long id, String user, Map<String, Object> body) {
        return api.post("/api/safety/measures/" + id + "/transitions", user, body);
    }

    String state(long id) {
        return jdbc.queryForObject("SELECT state FROM safety_measure WHERE id = ?", String.class, id);
    }

    @Test
    @DisplayName("A9 measures: state machine with a refused role and an out-of-range penalty; subject status follows; one concurrent winner")
    void a9_measures_state_machine() throws Exception {
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        long inspection = MeasureFixtures.inspect(api, subject, 30008, 30014);
        long clean = MeasureFixtures.inspect(api, subject);

        assertThat(api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", clean)).status())
                .as("no unqualified item, no measure").isEqualTo(400);
        assertThat(api.post("/api/safety/measures", "inspector2", Map.of("inspectionId", inspection)).status())
                .as("other grid").isEqualTo(404);
        assertThat(api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", inspection, "itemIds", List.of(30006))).status())
                .as("a qualified item").isEqualTo(400);

        Api.Answer opened = api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", inspection, "note", "限期复查"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
        long id = opened.result().path("id").asLong();
        assertThat(opened.result().path("state").asText()).isEqualTo("RECHECK");
        assertThat(opened.result().path("itemNames").toString()).contains("隐患排查治理", "车辆动态监控");
        assertThat(MeasureFixtures.status(jdbc, subject)).as("异常 while under supervision").isEqualTo("ABNORMAL");
        assertThat(api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", inspection)).status())
                .as("one running case per record").isEqualTo(409);
        JsonNode next = opened.result().path("nextSteps");
        assertThat(next.findValuesAsText("toState")).contains("PENALTY", "RECTIFICATION", "CLOSED");

        // who may act next is configuration: the inspector may not impose a penalty
        Api.Answer refused = act(id, "inspector1", Map.of("toState", "PENALTY", "penalties", List.of(Map.of("itemId", 30008, "amount", 10000))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.message()).contains("dept_leader");
        assertThat(act(id, "leader1", Map.of("toState", "REVOCATION")).status()).as("not a configured transition").isEqualTo(400);
        assertThat(act(id, "inspector2", Map.of("toState", "CLOSED")).status()).as("other grid").isEqualTo(404);
        assertThat(act(id, "leader1", Map.of("toState", "PENALTY")).status()).as("a penalty needs amounts").isEqualTo(400);
        assertThat(act(id, "leader1", Map.of("toState", "PENALTY", "penalties", List.of(Map.of("itemId", 30001, "amount", 100)))).status())
                .as("not an item of the case").isEqualTo(400);
        assertThat(act(id, "leader1", Map.of("toState", "PENALTY", "penalties", List.of(Map.of("itemId", 30008, "amount", -5)))).status())
                .isEqualTo(400);

        // 40,000 for 隐患排查治理 (5,000–30,000): refused until confirmed, then flagged
        Map<String, Object> tooMuch = Map.of("toState", "PENALTY", "note", "逾期未整改",
                "penalties", List.of(Map.of("itemId", 30008, "amount", 40000), Map.of("itemId", 30014, "amount", 3000)));
        Api.Answer warn = act(id, "leader1", tooMuch);
        assertThat(warn.status()).isEqualTo(400);
        assertThat(warn.message()).contains("超出").contains("隐患排查治理").contains("5000–30000");
        assertThat(warn.result().path("outOfRange")).hasSize(1);
        assertThat(state(id)).isEqualTo("RECHECK");
        Map<String, Object> confirmed = new java.util.HashMap<>(tooMuch);
        confirmed.put("confirmOutOfRange", true);
        Api.Answer penalty = act(id, "leader1", confirmed);
        assertThat(penalty.status()).as(penalty.raw()).isEqualTo(200);
        assertThat(penalty.result().path("state").asText()).isEqualTo("PENALTY");
        assertThat(penalty.result().path("outOfRange").asBoolean()).isTrue();
        assertThat(penalty.result().path("penaltyTotal").decimalValue()).isEqualByComparingTo("43000");
        JsonNode step = penalty.result().path("steps").get(1);
        assertThat(step.path("outOfRange").asBoolean()).isTrue();
        assertThat(step.path("actorName").asText()).isEqualTo("刘所长");
        assertThat(MeasureFixtures.status(jdbc, subject)).isEqualTo("ABNORMAL");

        assertThat(act(id, "leader1", Map.of("toState", "SUSPENSION", "note", "停业整顿")).status()).isEqualTo(200);
        assertThat(MeasureFixtures.status(jdbc, subject)).as("锁止 while the problem must be solved").isEqualTo("LOCKED");
        assertThat(act(id, "leader1", Map.of("toState", "RECHECK", "version", 0)).status()).as("stale version").isEqualTo(409);

        // two leaders act at once on the same version: exactly one wins, the others get 409
        String token = api.token("leader1");
        int version = jdbc.queryForObject("SELECT version FROM safety_measure WHERE id = ?", Integer.class, id);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Api.Answer>> calls = new ArrayList<>();
        for (String to : List.of("RECHECK", "CLOSED", "RECHECK", "CLOSED")) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.call("POST", "/api/safety/measures/" + id + "/transitions", token, Map.of("toState", to, "version", version));
            }));
        }
        go.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Api.Answer::status).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_measure_step WHERE measure_id = ?", Integer.class, id)).isEqualTo(4);

        if ("RECHECK".equals(state(id))) {
            assertThat(MeasureFixtures.status(jdbc, subject)).isEqualTo("ABNORMAL");
            assertThat(act(id, "inspector1", Map.of("toState", "CLOSED", "note", "复查合格")).status()).isEqualTo(200);
        }
        assertThat(state(id)).isEqualTo("CLOSED");
        assertThat(MeasureFixtures.status(jdbc, subject)).as("back to 正常 when closed").isEqualTo("NORMAL");
        assertThat(act(id, "leader1", Map.of("toState", "RECHECK")).status()).as("closed").isEqualTo(409);
        // closed: the record may get a new case
        assertThat(api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", inspection, "itemIds", List.of(30014))).status())
                .isEqualTo(200);
        assertThat(MeasureFixtures.status(jdbc, subject)).isEqualTo("ABNORMAL");
    }

    @Test
    @DisplayName("A9 subject status: actions on two cases of one subject committing at once leave the most severe status")
    void a9_concurrent_actions_on_two_cases_keep_the_most_severe_status() throws Exception {
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        long toLock = api.post("/api/safety/measures", "inspector1",
                Map.of("inspectionId", MeasureFixtures.inspect(api, subject, 30008))).result().path("id").asLong();
        long toClose = api.post("/api/safety/measures", "inspector1",
                Map.of("inspectionId", MeasureFixtures.inspect(api, subject, 30014))).result().path("id").asLong();
        assertThat(MeasureFixtures.status(jdbc, subject)).isEqualTo("ABNORMAL");

        // Hold the subject row so that both actions are in flight together, the 锁止 one first, then release them.
        // Without the subject lock the 结案 action computed 异常 from a snapshot that missed the other case's 整改
        // and, committing last, overwrote 锁止.
        String token = api.token("inspector1");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement ps = holder.prepareStatement("SELECT id FROM safety_subject WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, subject);
                ps.executeQuery().close();
            }
            CompletableFuture<Api.Answer> lock = CompletableFuture.supplyAsync(() -> api.call("POST",
                    "/api/safety/measures/" + toLock + "/transitions", token, Map.of("toState", "RECTIFICATION", "note", "限期整改")));
            awaitLockWaits(1, subject, lock);
            CompletableFuture<Api.Answer> close = CompletableFuture.supplyAsync(() -> api.call("POST",
                    "/api/safety/measures/" + toClose + "/transitions", token, Map.of("toState", "CLOSED", "note", "复查合格")));
            awaitLockWaits(2, subject, close);
            holder.rollback();
            assertThat(lock.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(close.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(state(toLock)).isEqualTo("RECTIFICATION");
        assertThat(state(toClose)).isEqualTo("CLOSED");
        assertThat(MeasureFixtures.status(jdbc, subject)).as("one case in 整改 keeps the subject 锁止").isEqualTo("LOCKED");
    }

    /**
     * Waits until n actions are blocked on the held subject row: their lock statement is in flight. (INNODB_TRX's
     * 'LOCK WAIT' is not reliable here: MariaDB may block the statement while estimating the range over the row's
     * index, in state "Statistics", without reporting a lock wait.) With server-side prepared statements (prod and
     * the specs) the process list shows the statement with its placeholder; the spec's own actions are the only ones
     * locking subject rows while it runs.
     */
    void awaitLockWaits(int n, long subject, CompletableFuture<Api.Answer> request) throws InterruptedException {
        String lockStatement = "SELECT id FROM safety_subject WHERE id = " + subject + " FOR UPDATE";
        String prepared = "SELECT id FROM safety_subject WHERE id = ? FOR UPDATE";
        for (int i = 0; i < 200; i++) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE info IN (?, ?)",
                    Integer.class, lockStatement, prepared);
            if (waiting != null && waiting >= n) {
                return;
            }
            if (request.isDone()) {
                throw new AssertionError("the action did not wait for the held subject row: " + request.join().raw());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + n + " actions waiting for the subject row; running statements: "
                + jdbc.queryForList("SELECT state, info FROM information_schema.PROCESSLIST WHERE info IS NOT NULL"));
    }

    @Test
    @DisplayName("A9 archive: inspector, time, subject, items, measures, approver, approval time, final state; grid-isolated; xlsx export")
    void a9_archive_search_and_export() throws Exception {
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        long inspection = MeasureFixtures.inspect(api, subject, 30008);
        long id = api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", inspection)).result().path("id").asLong();
        assertThat(act(id, "leader1", Map.of("toState", "PENALTY", "penalties", List.of(Map.of("itemId", 30008, "amount", 8000)))).status())
                .isEqualTo(200);
        assertThat(act(id, "leader1", Map.of("toState", "CLOSED", "note", "已缴纳罚款并整改")).status()).isEqualTo(200);

        Api.Answer page = api.get("/api/safety/measures?subjectId=" + subject, "leader1");
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.result().path("total").asLong()).isEqualTo(1);
        JsonNode r = page.result().path("records").get(0);
        assertThat(r.path("inspectorName").asText()).isEqualTo("张网格");
        assertThat(r.path("checkedAt").isMissingNode() || r.path("checkedAt").isNull()).isFalse();
        assertThat(r.path("subjectName").asText()).startsWith("测试主体");
        assertThat(r.path("itemNames").get(0).asText()).isEqualTo("隐患排查治理");
        assertThat(r.path("measures").asText()).isEqualTo("复查 → 处罚 8000 元 → 结案");
        assertThat(r.path("approverName").asText()).isEqualTo("刘所长");
        assertThat(r.path("approvalTime").isNull()).isFalse();
        assertThat(r.path("finalState").asText()).isEqualTo("结案");
        assertThat(r.path("outOfRange").asBoolean()).isFalse();

        // filters and isolation
        assertThat(api.get("/api/safety/measures?subjectId=" + subject + "&finished=false", "leader1").result().path("total").asLong()).isZero();
        assertThat(api.get("/api/safety/measures?subjectId=" + subject, "inspector2").result().path("total").asLong()).isZero();
        assertThat(api.get("/api/safety/measures?gridId=1011", "inspector2").status()).isEqualTo(403);
        assertThat(api.get("/api/safety/measures/" + id, "inspector2").status()).isEqualTo(404);
        assertThat(api.get("/api/safety/measures?from=yesterday", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/measures?pageSize=1000", "leader1").status()).isEqualTo(400);
        assertThat(api.get("/api/safety/measures?outOfRange=true", "leader1").result().findValuesAsText("subjectId"))
                .as("the demo case with a confirmed out-of-range penalty").contains("31012");
        assertThat(api.get("/api/safety/measures", "enterprise1").status()).isEqualTo(403);

        HttpResponse<byte[]> xlsx = api.bytes("/api/safety/measures/export?subjectId=" + subject, "leader1");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<Map<Integer, String>> lines = FastExcel.read(new ByteArrayInputStream(xlsx.body())).sheet().headRowNumber(1).doReadSync();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry(0, String.valueOf(id)).containsEntry(2, "张网格").containsEntry(4, "隐患排查治理")
                .containsEntry(6, "8000").containsEntry(8, "刘所长").containsEntry(11, "结案");
        assertThat(api.bytes("/api/safety/measures/export?to=31-12-2026", "leader1").statusCode()).isEqualTo(400);
        assertThat(api.bytes("/api/safety/measures/export", "inspector1").statusCode()).as("export is a separate right").isEqualTo(403);
    }

    @Test
    @DisplayName("A9 measure rules are configuration: admins edit them (validated as a whole), others cannot")
    void a9_rules_are_configuration() {
        JsonNode original = api.get("/api/safety/measure-rules", "leader1").result();
        assertThat(original.path("transitions").size()).isGreaterThan(5);
        try {
            Map<String, Object> rules = new java.util.HashMap<>(Map.of(
                    "states", List.of(Map.of("code", "RECHECK", "name", "复查", "subjectStatus", "ABNORMAL"),
                            Map.of("code", "PENALTY", "name", "处罚", "subjectStatus", "ABNORMAL", "penalty", true),
                            Map.of("code", "RECTIFICATION", "name", "整改", "subjectStatus", "LOCKED"),
                            Map.of("code", "SUSPENSION", "name", "停业整顿", "subjectStatus", "LOCKED"),
                            Map.of("code", "REVOCATION", "name", "吊销许可", "subjectStatus", "LOCKED", "terminal", true),
                            Map.of("code", "CLOSED", "name", "结案", "subjectStatus", "NORMAL", "terminal", true)),
                    "transitions", List.of(Map.of("from", "RECHECK", "to", "PENALTY", "roles", List.of("inspector", "dept_leader")),
                            Map.of("from", "PENALTY", "to", "CLOSED", "roles", List.of("dept_leader")),
                            Map.of("from", "RECHECK", "to", "CLOSED", "roles", List.of("inspector")),
                            Map.of("from", "RECTIFICATION", "to", "CLOSED", "roles", List.of("dept_leader")),
                            Map.of("from", "SUSPENSION", "to", "CLOSED", "roles", List.of("dept_leader")))));
            assertThat(api.put("/api/safety/measure-rules", "leader1", rules).status()).isEqualTo(403);

            Map<String, Object> badRole = new java.util.HashMap<>(rules);
            badRole.put("transitions", List.of(Map.of("from", "RECHECK", "to", "CLOSED", "roles", List.of("nobody"))));
            assertThat(api.put("/api/safety/measure-rules", "admin", badRole).message()).contains("角色不存在");
            Map<String, Object> badState = new java.util.HashMap<>(rules);
            badState.put("transitions", List.of(Map.of("from", "RECHECK", "to", "LIMBO", "roles", List.of("inspector"))));
            assertThat(api.put("/api/safety/measure-rules", "admin", badState).status()).isEqualTo(400);
            Map<String, Object> noInitial = new java.util.HashMap<>(rules);
            noInitial.put("states", List.of(Map.of("code", "CLOSED", "name", "结案", "terminal", true)));
            noInitial.put("transitions", List.of());
            assertThat(api.put("/api/safety/measure-rules", "admin", noInitial).status()).isEqualTo(400);
            Map<String, Object> fromTerminal = new java.util.HashMap<>(rules);
            fromTerminal.put("transitions", List.of(Map.of("from", "CLOSED", "to", "RECHECK", "roles", List.of("inspector"))));
            assertThat(api.put("/api/safety/measure-rules", "admin", fromTerminal).status()).isEqualTo(400);
            assertThat(api.get("/api/safety/measure-rules", "admin").result().path("transitions")).isEqualTo(original.path("transitions"));

            Api.Answer saved = api.put("/api/safety/measure-rules", "admin", rules);
            assertThat(saved.status()).as(saved.raw()).isEqualTo(200);

            // the edit applies at once: now the inspector may impose the penalty
            long subject = SafetyFixtures.createSubject(api, 1011, 30101);
            long id = api.post("/api/safety/measures", "inspector1", Map.of("inspectionId", MeasureFixtures.inspect(api, subject, 30008)))
                    .result().path("id").asLong();
            Api.Answer byInspector = act(id, "inspector1", Map.of("toState", "PENALTY", "penalties", List.of(Map.of("itemId", 30008, "amount", 6000))));
            assertThat(byInspector.status()).as(byInspector.raw()).isEqualTo(200);
            assertThat(act(id, "inspector1", Map.of("toState", "CLOSED")).status()).as("PENALTY → CLOSED stays with dept_leader").isEqualTo(403);
            assertThat(act(id, "leader1", Map.of("toState", "CLOSED")).status()).isEqualTo(200);
        } finally {
            Map<String, Object> restore = Map.of("states", Api.JSON.convertValue(original.path("states"), List.class),
                    "transitions", Api.JSON.convertValue(original.path("transitions"), List.class));
            Api.Answer back = api.put("/api/safety/measure-rules", "admin", restore);
            assertThat(back.status()).as(back.raw()).isEqualTo(200);
        }
    }
}
