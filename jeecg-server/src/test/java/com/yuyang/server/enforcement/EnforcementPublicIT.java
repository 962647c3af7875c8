package com.yuyang.server.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.enforcement.appeal.AutomaticFiling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.yuyang.server.enforcement.PublicSideFixtures.CONTENT_PHONE;
import static com.yuyang.server.enforcement.PublicSideFixtures.DRIVER_ID;
import static com.yuyang.server.enforcement.PublicSideFixtures.ENFORCER1;
import static com.yuyang.server.enforcement.PublicSideFixtures.ENFORCER_102;
import static com.yuyang.server.enforcement.PublicSideFixtures.FINE;
import static com.yuyang.server.enforcement.PublicSideFixtures.PERSON_201;
import static com.yuyang.server.enforcement.PublicSideFixtures.REVOCATION;
import static com.yuyang.server.enforcement.PublicSideFixtures.SUBJECT_102;
import static com.yuyang.server.enforcement.PublicSideFixtures.SUSPENSION;
import static com.yuyang.server.enforcement.PublicSideFixtures.appeal;
import static com.yuyang.server.enforcement.PublicSideFixtures.caseInAppeal;
import static com.yuyang.server.enforcement.PublicSideFixtures.measures;
import static com.yuyang.server.enforcement.PublicSideFixtures.meetingOpinion;
import static com.yuyang.server.enforcement.PublicSideFixtures.ok;
import static com.yuyang.server.enforcement.PublicSideFixtures.reply;
import static com.yuyang.server.enforcement.PublicSideFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

/** B5, B7, B8, B9: the anonymous case page, public appeals, automatic filing, the meeting opinion and measures. */
class EnforcementPublicIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AutomaticFiling filing;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        PublicSideFixtures.accounts(jdbc);
    }

    Api.Answer page(String token) {
        return api.call("GET", "/api/public/cases/" + token, null, null);
    }

    @Test
    @DisplayName("B5/B7/B8/B9: appeals 1 and 2 accepted for review, the 2nd rejected files the case, a 3rd is refused; meeting opinion, out-of-range fine confirmed and flagged, published, subject status follows")
    void b7_b8_b9_appeals_filing_measures_publication() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        String token = c.path("publicToken").asText();

        Api.Answer first = appeal(api, token, "当日车辆为亲属帮忙，并非营运，请求复核");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.result().path("seq").asInt()).isEqualTo(1);
        String firstId = first.result().path("id").asText();
        // a new appeal waits for the answer of the previous one
        Api.Answer early = appeal(api, token, "再次申诉");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.message()).contains("审查中");
        // staff see the appeal of their grid, phone masked
        JsonNode listed = api.get("/api/enforcement/appeals?caseId=" + id, "enforcer1").result();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        assertThat(listed.path("records").get(0).path("phone").asText()).isEqualTo("139****5678");
        ok(reply(api, "enforcer1", firstId, false));
        assertThat(reply(api, "enforcer1", firstId, true).status()).isEqualTo(409);
        assertThat(stage(api, "enforcer1", id)).isEqualTo("APPEAL");

        Api.Answer second = appeal(api, token, "补充提交亲属关系证明，请再次复核");
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.result().path("seq").asInt()).isEqualTo(2);
        Api.Answer rejected = reply(api, "enforcer1", second.result().path("id").asText(), false);
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.result().path("filed").asBoolean()).isTrue();
        assertThat(stage(api, "enforcer1", id)).isEqualTo("FILE");

        Api.Answer third = appeal(api, token, "第三次申诉");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.message()).isEqualTo("该案件已申诉两次，第三次申诉不予受理");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_appeal WHERE case_id = ?", Integer.class, id)).isEqualTo(2);

        // B8: FILE waits for the meeting opinion; a plain pass cannot complete it; measures only after it
        assertThat(PublicSideFixtures.act(api, "enforcer1", id, "pass", null).status()).isEqualTo(400);
        Api.Answer noDate = api.post("/api/enforcement/cases/" + id + "/actions", "enforcer1",
                Map.of("action", "meetingOpinion", "opinion", "同意", "data", Map.of("meetingDate", "2026/01/01")));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.message()).contains("会议日期");
        ok(meetingOpinion(api, "enforcer1", id));
        assertThat(stage(api, "enforcer1", id)).isEqualTo("MEASURES");

        // B9: a fine outside the class's range (5,000–30,000) needs explicit confirmation
        List<Map<String, Object>> chosen = List.of(Map.of("measureId", FINE, "amount", 50000),
                Map.of("measureId", SUSPENSION, "durationDays", 30));
        Api.Answer unconfirmed = measures(api, "enforcer1", id, chosen, null);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.message()).contains("超出该类案件的罚款幅度").contains("5000.00–30000.00");
        assertThat(unconfirmed.result().path("confirmRequired").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_measure WHERE case_id = ?", Integer.class, id)).isZero();
        assertThat(stage(api, "enforcer1", id)).isEqualTo("MEASURES");
        Api.Answer confirmed = measures(api, "enforcer1", id, chosen, true);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(stage(api, "enforcer1", id)).isEqualTo("DISPOSAL");
        Map<String, Object> fine = jdbc.queryForMap("SELECT out_of_range, confirmed_by, amount, published_time"
                + " FROM enforcement_case_measure WHERE case_id = ? AND measure_type = 'FINE'", id);
        assertThat(((Number) fine.get("out_of_range")).intValue()).isEqualTo(1);
        assertThat(((Number) fine.get("confirmed_by")).longValue()).isEqualTo(ENFORCER1);
        assertThat(fine.get("published_time")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT status FROM enforcement_subject WHERE id = ?", String.class, PERSON_201))
                .isEqualTo("SUSPENDED");
        // the archive lists the flagged decision
        JsonNode flagged = api.get("/api/enforcement/archive?flagged=true&caseNo=" + c.path("caseNo").asText(), "enforcer1").result();
        assertThat(flagged.path("total").asInt()).isEqualTo(1);
        assertThat(flagged.path("records").get(0).path("outOfRange").asBoolean()).isTrue();

        // the public page shows stages, public opinions, both answered appeals and the published measures
        Api.Answer pub = page(token);
        assertThat(pub.status()).as(pub.raw()).isEqualTo(200);
        JsonNode p = pub.result();
        assertThat(p.path("caseNo").asText()).isEqualTo(c.path("caseNo").asText());
        assertThat(p.path("subjectName").asText()).isEqualTo("张**");
        assertThat(p.path("measures")).hasSize(2);
        assertThat(p.path("measures").get(0).path("type").asText()).isEqualTo("FINE");
        assertThat(p.path("measures").get(0).path("amount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(p.path("appeals")).hasSize(2);
        assertThat(p.path("appeals").get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(p.path("appeal").path("open").asBoolean()).isFalse();
        assertThat(p.path("stages").size()).isGreaterThanOrEqualTo(7);
        assertThat(p.path("opinions").toString()).contains("经局务会议研究");
    }

    @Test
    @DisplayName("B9: the measures catalogue is an online form over the migrated table, read by enforcers, maintained by the leader")
    void b9_catalogue_form() {
        Integer changed = jdbc.queryForObject("SELECT COUNT(*) FROM onl_ddl_log WHERE form_code = 'enforcement_measure'"
                + " AND status <> 'UNCHANGED'", Integer.class);
        assertThat(changed).isZero();
        JsonNode page = api.get("/api/online/data/enforcement_measure?pageSize=50", "enforcer1").result();
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(page.toString()).contains("FINE", "SUSPENSION", "REVOCATION", "POLICE_REFERRAL");
        assertThat(api.post("/api/online/data/enforcement_measure", "enforcer1", Map.of("name", "x", "measure_type", "FINE"))
                .status()).isEqualTo(403);
        Api.Answer bad = api.post("/api/online/data/enforcement_measure", "leader1", Map.of("name", "警告", "measure_type", "WARNING"));
        assertThat(bad.status()).isEqualTo(400);
        Api.Answer added = api.post("/api/online/data/enforcement_measure", "leader1",
                Map.of("name", "从重罚款" + System.nanoTime() % 10000, "measure_type", "FINE", "amount_min", 10000, "amount_max", 50000));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
    }

    @Test
    @DisplayName("B5: the public page leaks no phone, ID number, internal note, appellant phone or staff id")
    void b5_public_page_leaks_nothing_sensitive() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        String token = c.path("publicToken").asText();
        ok(appeal(api, token, "请求复核"));
        Api.Answer pub = page(token);
        assertThat(pub.status()).as(pub.raw()).isEqualTo(200);
        String raw = pub.raw();
        assertThat(raw).doesNotContain(CONTENT_PHONE).doesNotContain(DRIVER_ID).doesNotContain("13912345678")
                .doesNotContain("1391234").doesNotContain("内部备注").doesNotContain("internalNote")
                .doesNotContain("assigneeId").doesNotContain("actorId").doesNotContain("publicToken")
                .doesNotContain("phone").doesNotContain("media").doesNotContain("张志强");
        assertThat(pub.result().path("content").asText()).contains("138****1234");
        assertThat(pub.result().path("appeal").path("open").asBoolean()).isFalse();
        assertThat(pub.result().path("appeal").path("refusal").asText()).contains("审查中");
        // a forged or unknown token is a plain 404, no login needed to find that out
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(page(forged).status()).isEqualTo(404);
        assertThat(page(forged).message()).isEqualTo("案件不存在或二维码无效");
        assertThat(page("x").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("B8: the period for appeal ends → the job files the case; a pending appeal holds it back; outside the appeal stage no appeal")
    void b8_period_over_files_automatically() {
        JsonNode quiet = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        JsonNode pending = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        ok(appeal(api, pending.path("publicToken").asText(), "请求复核"));
        for (JsonNode c : List.of(quiet, pending)) {
            jdbc.update("UPDATE enforcement_case_stage SET entered_time = entered_time - INTERVAL 30 DAY,"
                    + " deadline = deadline - INTERVAL 30 DAY WHERE case_id = ? AND state = 'ACTIVE'", c.path("id").asLong());
        }
        String report = filing.run();
        assertThat(report).contains("自动立案");
        assertThat(stage(api, "enforcer1", quiet.path("id").asLong())).isEqualTo("FILE");
        assertThat(stage(api, "enforcer1", pending.path("id").asLong())).isEqualTo("APPEAL");
        JsonNode trail = api.get("/api/enforcement/cases/" + quiet.path("id").asLong(), "enforcer1").result().path("actions");
        assertThat(trail.toString()).contains("申诉期满，案件自动立案");
        // the filed case takes no appeal any more
        Api.Answer late = appeal(api, quiet.path("publicToken").asText(), "补充申诉");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.message()).contains("不在申诉期内");
        // a second run changes nothing
        filing.run();
        assertThat(stage(api, "enforcer1", quiet.path("id").asLong())).isEqualTo("FILE");
    }

    @Test
    @DisplayName("B9: measures are checked against the catalogue; bad input is a Chinese 400 and changes nothing")
    void b9_measures_bad_input() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        ok(PublicSideFixtures.act(api, "enforcer1", id, "pass", null));
        assertThat(stage(api, "enforcer1", id)).isEqualTo("FILE");
        // measures before the meeting opinion are not even reachable: the case is on FILE
        assertThat(measures(api, "enforcer1", id, List.of(Map.of("measureId", FINE, "amount", 6000)), null).status()).isEqualTo(400);
        ok(meetingOpinion(api, "enforcer1", id));
        record Bad(List<Map<String, Object>> measures, String message) {
        }
        List<Bad> bad = List.of(
                new Bad(List.of(), "请至少选择一项处置措施"),
                new Bad(List.of(Map.of("measureId", 1)), "不在处置措施目录中"),
                new Bad(List.of(Map.of("measureId", FINE)), "罚款金额不能为空"),
                new Bad(List.of(Map.of("measureId", FINE, "amount", "abc")), "必须是数字"),
                new Bad(List.of(Map.of("measureId", FINE, "amount", -5)), "应大于 0"),
                new Bad(List.of(Map.of("measureId", FINE, "amount", "6000.001")), "两位小数"),
                new Bad(List.of(Map.of("measureId", SUSPENSION, "durationDays", 400)), "期限应为 1 至 90 天"),
                new Bad(List.of(Map.of("measureId", REVOCATION, "amount", 100)), "不需要填写"),
                new Bad(List.of(Map.of("measureId", FINE, "amount", 6000), Map.of("measureId", FINE, "amount", 7000)), "重复选择"));
        for (Bad b : bad) {
            Api.Answer a = measures(api, "enforcer1", id, b.measures(), true);
            assertThat(a.status()).as(a.raw()).isEqualTo(400);
            assertThat(a.message()).contains(b.message());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_measure WHERE case_id = ?", Integer.class, id)).isZero();
        // an in-range fine needs no confirmation and is not flagged
        ok(measures(api, "enforcer1", id, List.of(Map.of("measureId", FINE, "amount", 6000)), null));
        assertThat(jdbc.queryForObject("SELECT out_of_range FROM enforcement_case_measure WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    @DisplayName("B7: appeal bad input → Chinese 400 and nothing stored; another grid's appeal is invisible to enforcer1; staff-only reply")
    void b7_appeal_bad_input_and_isolation() {
        JsonNode c = caseInAppeal(api, "admin", SUBJECT_102, ENFORCER_102, "enf_pub_b");
        long id = c.path("id").asLong();
        String token = c.path("publicToken").asText();
        String base = "/api/public/cases/" + token + "/appeals";
        Api.Answer empty = api.call("POST", base, null, Map.of("content", "", "appellant", "王五", "phone", "13912345678"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw()).contains("申诉内容不能为空");
        Api.Answer phone = api.call("POST", base, null, Map.of("content", "申诉", "appellant", "王五", "phone", "12345"));
        assertThat(phone.status()).isEqualTo(400);
        assertThat(phone.raw()).contains("联系电话应为手机号或座机号");
        Api.Answer foreignFile = api.call("POST", base, null, Map.of("content", "申诉", "appellant", "王五",
                "phone", "13912345678", "media", List.of("123456789")));
        assertThat(foreignFile.status()).isEqualTo(400);
        assertThat(foreignFile.message()).contains("附件无效");
        assertThat(api.call("POST", base, null, "{not json").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_appeal WHERE case_id = ?", Integer.class, id)).isZero();

        Api.Answer ok = appeal(api, token, "申诉");
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        String appealId = ok.result().path("id").asText();
        // enforcer1 (grid 201) neither lists, reads nor answers it; the grid-102 enforcer does
        assertThat(api.get("/api/enforcement/appeals?caseId=" + id, "enforcer1").result().path("total").asInt()).isZero();
        assertThat(api.get("/api/enforcement/appeals/" + appealId, "enforcer1").status()).isEqualTo(404);
        assertThat(reply(api, "enforcer1", appealId, false).status()).isEqualTo(404);
        assertThat(api.get("/api/enforcement/appeals/" + appealId, "enf_pub_b").status()).isEqualTo(200);
        Api.Answer noReply = api.post("/api/enforcement/appeals/" + appealId + "/reply", "enf_pub_b", Map.of("accepted", true));
        assertThat(noReply.status()).isEqualTo(400);
        assertThat(noReply.raw()).contains("答复内容不能为空");
        // the reply endpoint needs a login and the permission
        assertThat(api.call("POST", "/api/enforcement/appeals/" + appealId + "/reply", null,
                Map.of("accepted", true, "reply", "x")).status()).isEqualTo(401);
        assertThat(reply(api, "inspector1", appealId, true).status()).isEqualTo(403);
        Api.Answer upheld = reply(api, "enf_pub_b", appealId, true);
        assertThat(upheld.status()).as(upheld.raw()).isEqualTo(200);
        assertThat(upheld.result().path("filed").asBoolean()).isFalse();
        // an upheld appeal ends the appealing: no second one, no automatic filing
        assertThat(appeal(api, token, "再申诉").message()).contains("申诉已被采纳");
        assertThat(api.get("/api/enforcement/appeals?status=BAD", "enf_pub_b").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("B7: public uploads are tied to their case; the public endpoints are rate-limited per client")
    void b7_public_upload_and_rate_limit() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        JsonNode other = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        String token = c.path("publicToken").asText();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Answer up = api.upload("/api/public/cases/" + token + "/files", "enforcer1", "a.png", "image/png", png);
        assertThat(up.status()).as(up.raw()).isEqualTo(200);
        String fileId = up.result().path("id").asText();
        // the file belongs to this case's page only
        Api.Answer wrongCase = api.call("POST", "/api/public/cases/" + other.path("publicToken").asText() + "/appeals", null,
                Map.of("content", "申诉", "appellant", "王五", "phone", "13912345678", "media", List.of(fileId)));
        assertThat(wrongCase.status()).isEqualTo(400);
        Api.Answer withMedia = api.call("POST", "/api/public/cases/" + token + "/appeals", null,
                Map.of("content", "申诉并附照片", "appellant", "王五", "phone", "13912345678", "media", List.of(fileId)));
        assertThat(withMedia.status()).as(withMedia.raw()).isEqualTo(200);
        JsonNode staff = api.get("/api/enforcement/appeals/" + withMedia.result().path("id").asText(), "enforcer1").result();
        assertThat(staff.path("media").get(0).asText()).isEqualTo(fileId);
        assertThat(api.bytes("/api/enforcement/appeals/" + withMedia.result().path("id").asText() + "/media/" + fileId,
                "enforcer1").statusCode()).isEqualTo(200);
        assertThat(api.upload("/api/public/cases/" + token + "/files", "enforcer1", "a.png", "image/png", "not an image".getBytes()).status()).isEqualTo(400);

        long cfg = jdbc.queryForObject("SELECT id FROM sys_config WHERE config_key = 'enforcement.public.reads-per-ip-minute'", Long.class);
        JsonNode item = api.get("/api/sys/configs/" + cfg, "admin").result();
        try {
            setConfig(cfg, item, "0");
            Api.Answer limited = page(token);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.message()).isEqualTo("查看过于频繁，请稍后再试");
        } finally {
            setConfig(cfg, api.get("/api/sys/configs/" + cfg, "admin").result(), "120");
        }
        assertThat(page(token).status()).isEqualTo(200);
    }

    private void setConfig(long id, JsonNode item, String value) {
        Api.Answer a = api.put("/api/sys/configs/" + id, "admin", Map.of("key", item.path("key").asText(item.path("configKey").asText()),
                "value", value, "valueType", "INT", "version", item.path("version").asInt()));
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
    }
}
