package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static com.yuyang.server.enforcement.PublicSideFixtures.ENFORCER1;
import static com.yuyang.server.enforcement.PublicSideFixtures.PERSON_201;
import static com.yuyang.server.enforcement.PublicSideFixtures.act;
import static com.yuyang.server.enforcement.PublicSideFixtures.appeal;
import static com.yuyang.server.enforcement.PublicSideFixtures.caseInAppeal;
import static com.yuyang.server.enforcement.PublicSideFixtures.ok;
import static com.yuyang.server.enforcement.PublicSideFixtures.reply;
import static com.yuyang.server.enforcement.PublicSideFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * B7/B10 (enf-appeals-public): staff cannot complete the 接受申诉 stage while an appeal waits for its answer (and an
 * appeal cannot slip in while the stage is being completed); the appeals list names the class and where the case is;
 * the read-only archive file; the QR code's URL opens the UI. Fixture ids 85000–85999.
 */
class EnforcementAppealGuardIT extends IntegrationTest {

    private static final long ENFORCER_102 = 85001;
    private static final String RATE_PREFIX = "enf:rate:appeal:";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KvStore kv;
    @Autowired
    TestRestTemplate http;

    Api api;
    /** The public appeal counters before the test: restored after it, so this spec never eats other specs' quota. */
    private final Map<String, String> rateBefore = new HashMap<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        rateBefore.clear();
        kv.keys(RATE_PREFIX).forEach(k -> kv.get(k).ifPresent(v -> rateBefore.put(k, v)));
        synchronized (EnforcementAppealGuardIT.class) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE id = ?", Integer.class, ENFORCER_102) == 0) {
                jdbc.update("INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)"
                        + " SELECT ?, 1, 'enf_guard_102', password_hash, '网格102执法员', 11, 'STAFF', 'ACTIVE' FROM sys_user WHERE id = 4",
                        ENFORCER_102);
                jdbc.update("INSERT INTO sys_user_role (user_id, role_id) VALUES (?, 4)", ENFORCER_102);
                jdbc.update("INSERT INTO sys_user_grid (user_id, grid_id) VALUES (?, 102)", ENFORCER_102);
            }
        }
    }

    @AfterEach
    void restoreRateCounters() {
        for (String k : kv.keys(RATE_PREFIX)) {
            String old = rateBefore.get(k);
            if (old == null) {
                kv.delete(k);
            } else {
                kv.set(k, old, Duration.ofHours(1));
            }
        }
    }

    private int trailSize(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_action WHERE case_id = ?", Integer.class, caseId);
    }

    private int version(long caseId) {
        return jdbc.queryForObject("SELECT version FROM enforcement_case WHERE id = ?", Integer.class, caseId);
    }

    @Test
    @DisplayName("B7: pass on 接受申诉 is refused (409, nothing changed) while an appeal is pending; two rejections still file the case")
    void passRefusedWhileAppealPending() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        String token = c.path("publicToken").asText();

        Api.Answer first = appeal(api, token, "车辆当日为亲属帮忙，并非营运，请求复核");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        int trail = trailSize(id);
        int version = version(id);
        Api.Answer refused = act(api, "enforcer1", id, "pass", null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.message()).isEqualTo("该案件的第1次申诉尚未答复，请先在“申诉答复”中答复后再办结“接受申诉”环节");
        assertThat(stage(api, "enforcer1", id)).isEqualTo("APPEAL");
        assertThat(trailSize(id)).isEqualTo(trail);
        assertThat(version(id)).isEqualTo(version);
        // the administrator is refused the same way (the rule is the case's, not a role's)
        assertThat(act(api, "admin", id, "pass", null).status()).isEqualTo(409);

        ok(reply(api, "enforcer1", first.result().path("id").asText(), false));
        assertThat(stage(api, "enforcer1", id)).isEqualTo("APPEAL");
        Api.Answer second = appeal(api, token, "补充提交亲属关系证明，请再次复核");
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        Api.Answer again = act(api, "enforcer1", id, "pass", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("第2次申诉尚未答复");

        // B8 unchanged: the rejected second appeal files the case automatically
        Api.Answer rejected = reply(api, "enforcer1", second.result().path("id").asText(), false);
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.result().path("filed").asBoolean()).isTrue();
        assertThat(stage(api, "enforcer1", id)).isEqualTo("FILE");
    }

    @Test
    @DisplayName("B7: once the appeal is answered (upheld) staff complete 接受申诉 normally; without appeals pass works and later appeals are refused")
    void passWorksOnceAnswered() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        Api.Answer first = appeal(api, c.path("publicToken").asText(), "驾驶员并非车主，请求复核");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        ok(reply(api, "enforcer1", first.result().path("id").asText(), true));
        Api.Answer passed = act(api, "enforcer1", id, "pass", null);
        assertThat(passed.status()).as(passed.raw()).isEqualTo(200);
        assertThat(stage(api, "enforcer1", id)).isEqualTo("FILE");

        JsonNode quiet = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long quietId = quiet.path("id").asLong();
        ok(act(api, "enforcer1", quietId, "pass", null));
        Api.Answer late = appeal(api, quiet.path("publicToken").asText(), "逾期申诉");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.message()).contains("不在申诉期内");
    }

    @Test
    @DisplayName("B7 race: an appeal and a pass at the same moment never leave a pending appeal on a case that left 接受申诉")
    void appealAndPassRace() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
            long id = c.path("id").asLong();
            String token = c.path("publicToken").asText();
            api.token("enforcer1");
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Api.Answer> appealed = CompletableFuture.supplyAsync(() -> {
                await(start);
                return appeal(api, token, "同时提交的申诉");
            });
            CompletableFuture<Api.Answer> passed = CompletableFuture.supplyAsync(() -> {
                await(start);
                return act(api, "enforcer1", id, "pass", null);
            });
            start.countDown();
            int a = appealed.get().status();
            int p = passed.get().status();
            String now = stage(api, "enforcer1", id);
            int pending = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_appeal WHERE case_id = ? AND status = 'PENDING'",
                    Integer.class, id);
            assertThat(List.of(a, p)).as("appeal %s, pass %s", a, p).containsExactlyInAnyOrder(200, 409);
            if (a == 200) {
                assertThat(now).isEqualTo("APPEAL");
                assertThat(pending).isEqualTo(1);
            } else {
                assertThat(now).isEqualTo("FILE");
                assertThat(pending).isZero();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("B7 list: the appeal names the case's class and current stage, phone masked; B10: the read-only case file, grid-isolated")
    void appealListAndArchiveFile() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        Api.Answer first = appeal(api, c.path("publicToken").asText(), "请求复核");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);

        JsonNode row = api.get("/api/enforcement/appeals?status=PENDING&caseId=" + id, "enforcer1").result().path("records").get(0);
        assertThat(row.path("caseNo").asText()).isEqualTo(c.path("caseNo").asText());
        assertThat(row.path("category").asText()).isEqualTo("非法营运");
        assertThat(row.path("caseStage").asText()).isEqualTo("APPEAL");
        assertThat(row.path("caseStageName").asText()).isEqualTo("接受申诉");
        assertThat(row.path("seq").asInt()).isEqualTo(1);
        assertThat(row.path("phone").asText()).isEqualTo("139****5678");

        Api.Answer file = api.get("/api/enforcement/archive/" + id, "enforcer1");
        assertThat(file.status()).as(file.raw()).isEqualTo(200);
        JsonNode r = file.result();
        assertThat(r.path("caseInfo").path("caseNo").asText()).isEqualTo(c.path("caseNo").asText());
        assertThat(r.path("caseInfo").path("category").asText()).isEqualTo("非法营运");
        assertThat(r.path("caseInfo").path("majorCategory").asText()).isEqualTo("道路运输违法");
        assertThat(r.path("caseInfo").path("assigneeName").asText()).isNotBlank();
        assertThat(r.path("stages").size()).isEqualTo(5);
        assertThat(r.path("actions").size()).isGreaterThanOrEqualTo(4);
        assertThat(r.path("actions").toString()).contains("内部备注-不公开-verify");
        assertThat(r.path("verifications").size()).isEqualTo(1);
        assertThat(r.path("appeals").get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(file.raw()).doesNotContain(c.path("publicToken").asText()).doesNotContain(PublicSideFixtures.DRIVER_ID)
                .doesNotContain("13912345678");

        // another grid's enforcer (archive rights, grid 102) does not see the case
        assertThat(api.get("/api/enforcement/archive/" + id, "enf_guard_102").status()).isEqualTo(404);
        assertThat(api.get("/api/enforcement/archive/" + Long.MAX_VALUE, "enforcer1").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("B5: the URL in the case QR code (/public/cases/<code>.<signature>) opens the UI shell, not a 404")
    void qrUrlOpensTheUi() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        JsonNode detail = api.get("/api/enforcement/cases/" + c.path("id").asText(), "enforcer1").result();
        String url = detail.path("publicUrl").asText();
        String path = url.substring(url.indexOf("/public/cases/"));
        assertThat(path).isEqualTo("/public/cases/" + c.path("publicToken").asText()).contains(".");
        ResponseEntity<String> shell = http.getForEntity(path, String.class);
        assertThat(shell.getStatusCode().value()).isEqualTo(200);
        assertThat(shell.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(shell.getBody()).contains("spa-fallback-fixture");
        // other dotted paths stay plain 404s (a missing asset is not masked by the shell)
        assertThat(http.getForEntity("/public/cases/x/y.js", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/assets/missing.js", String.class).getStatusCode().value()).isEqualTo(404);
    }
}
