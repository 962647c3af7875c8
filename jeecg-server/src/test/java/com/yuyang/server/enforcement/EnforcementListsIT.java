package com.yuyang.server.enforcement;

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

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.yuyang.server.enforcement.PublicSideFixtures.ENFORCER1;
import static com.yuyang.server.enforcement.PublicSideFixtures.ENFORCER_102;
import static com.yuyang.server.enforcement.PublicSideFixtures.FINE;
import static com.yuyang.server.enforcement.PublicSideFixtures.PERSON_201;
import static com.yuyang.server.enforcement.PublicSideFixtures.SUBJECT_102;
import static com.yuyang.server.enforcement.PublicSideFixtures.caseInAppeal;
import static com.yuyang.server.enforcement.PublicSideFixtures.measures;
import static com.yuyang.server.enforcement.PublicSideFixtures.meetingOpinion;
import static com.yuyang.server.enforcement.PublicSideFixtures.newCase;
import static com.yuyang.server.enforcement.PublicSideFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** B10 archive, B11 enforcer app, B15/B17 statistics — and grid isolation (B13) on every one of these paths. */
class EnforcementListsIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        PublicSideFixtures.accounts(jdbc);
    }

    @Test
    @DisplayName("B10/B11/B13/B17: a case of grid 102 is invisible to enforcer1 (grid 201) in the archive, its export, the statistics and the app lists")
    void b13_other_grid_invisible_on_every_path() {
        JsonNode mine = newCase(api, "enforcer1", PERSON_201, ENFORCER1);
        JsonNode theirs = newCase(api, "admin", SUBJECT_102, ENFORCER_102);
        String theirNo = theirs.path("caseNo").asText();
        String myNo = mine.path("caseNo").asText();

        assertThat(api.get("/api/enforcement/archive?caseNo=" + theirNo, "enforcer1").result().path("total").asInt()).isZero();
        assertThat(api.get("/api/enforcement/archive?caseNo=" + myNo, "enforcer1").result().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/enforcement/archive?caseNo=" + theirNo, "enf_pub_b").result().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/enforcement/archive?caseNo=" + theirNo, "admin").result().path("total").asInt()).isEqualTo(1);
        JsonNode all = api.get("/api/enforcement/archive?pageSize=200", "enforcer1").result();
        for (JsonNode r : all.path("records")) {
            assertThat(r.path("gridId").asText()).isEqualTo("201");
        }
        assertThat(api.get("/api/enforcement/archive?gridId=102", "enforcer1").status()).isEqualTo(403);
        assertThat(exportedCaseNos("enforcer1", "")).contains(myNo).doesNotContain(theirNo);
        assertThat(exportedCaseNos("admin", "")).contains(myNo, theirNo);

        // statistics: enforcer1's figures never include grid 102
        for (JsonNode r : api.get("/api/enforcement/stats/by-grid", "enforcer1").result()) {
            assertThat(r.path("gridId").asText()).isEqualTo("201");
        }
        Set<String> adminGrids = new HashSet<>();
        api.get("/api/enforcement/stats/by-grid", "admin").result().forEach(r -> adminGrids.add(r.path("gridId").asText()));
        assertThat(adminGrids).contains("201", "102");
        long mineTotal = api.get("/api/enforcement/stats/overview", "enforcer1").result().path("totals").path("cases").asLong();
        long grid201 = api.get("/api/enforcement/stats/overview?gridId=201", "admin").result().path("totals").path("cases").asLong();
        assertThat(mineTotal).isEqualTo(grid201);
        assertThat(api.get("/api/enforcement/stats/overview?gridId=102", "enforcer1").status()).isEqualTo(403);
        assertThat(api.get("/api/enforcement/stats/subjects?gridId=102", "enforcer1").status()).isEqualTo(403);

        // app lists: the grid-102 case is its enforcer's, never enforcer1's
        assertThat(caseNos(api.get("/api/app/enforcement/cases/mine?pageSize=100", "enforcer1").result().path("page")))
                .contains(myNo).doesNotContain(theirNo);
        assertThat(caseNos(api.get("/api/app/enforcement/cases/mine?pageSize=100", "enf_pub_b").result().path("page")))
                .contains(theirNo).doesNotContain(myNo);
        long theirId = theirs.path("id").asLong();
        jdbc.update("UPDATE enforcement_case SET stage_deadline = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(3)), theirId);
        assertThat(caseNos(api.get("/api/app/enforcement/cases/overdue?pageSize=100", "enforcer1").result())).doesNotContain(theirNo);
        assertThat(caseNos(api.get("/api/app/enforcement/cases/overdue?pageSize=100", "enf_pub_b").result())).contains(theirNo);
        assertThat(api.post("/api/app/enforcement/cases/" + theirId + "/records", "enforcer1",
                Map.of("opinion", "现场记录")).status()).isEqualTo(404);
        // subjects of grid 102 are not found by enforcer1
        assertThat(api.get("/api/app/enforcement/subjects?keyword=青山路", "enforcer1").result()).isEmpty();
        assertThat(api.get("/api/app/enforcement/subjects?keyword=青山路", "enf_pub_b").result()).isNotEmpty();
        assertThat(api.get("/api/app/enforcement/subjects/" + SUBJECT_102, "enforcer1").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("B10: archive search by number, subject, class, date, state, stage, enforcer; streamed xlsx export; bad filters are Chinese 400s")
    void b10_archive_search_and_export() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        String no = c.path("caseNo").asText();
        String q = "/api/enforcement/archive?caseNo=" + no;
        JsonNode row = api.get(q, "enforcer1").result().path("records").get(0);
        assertThat(row.path("currentStage").asText()).isEqualTo("APPEAL");
        assertThat(row.path("currentStageName").asText()).isEqualTo("接受申诉");
        assertThat(row.path("category").asText()).isEqualTo("非法营运");
        assertThat(row.path("majorCategory").asText()).isEqualTo("道路运输违法");
        assertThat(row.path("assigneeName").asText()).isNotBlank();
        assertThat(row.toString()).doesNotContain(PublicSideFixtures.DRIVER_ID);
        String today = java.time.LocalDate.now().toString();
        for (String filter : List.of("&subject=张志", "&categoryId=400102", "&categoryId=400100", "&from=" + today + "&to=" + today,
                "&status=OPEN", "&stage=APPEAL", "&enforcerId=" + ENFORCER1)) {
            assertThat(api.get(q + filter, "enforcer1").result().path("total").asInt()).as(filter).isEqualTo(1);
        }
        for (String filter : List.of("&subject=不存在的对象", "&categoryId=400111", "&status=CLOSED", "&stage=FILE",
                "&enforcerId=" + ENFORCER_102, "&from=2020-01-01&to=2020-12-31")) {
            assertThat(api.get(q + filter, "enforcer1").result().path("total").asInt()).as(filter).isZero();
        }
        // a case-number prefix finds the day's cases; LIKE wildcards in input are literal
        assertThat(api.get("/api/enforcement/archive?caseNo=" + no.substring(0, 10), "enforcer1").result().path("total").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/enforcement/archive?caseNo=%25", "enforcer1").result().path("total").asInt()).isZero();

        record Bad(String query, String message) {
        }
        for (Bad b : List.of(new Bad("from=2026-13-01", "开始日期格式"), new Bad("from=2026-05-01&to=2026-04-01", "结束日期不能早于"),
                new Bad("status=DONE", "案件状态只能是"), new Bad("stage=NOPE", "环节编码不正确"), new Bad("pageSize=0", "分页参数"),
                new Bad("pageSize=500", "分页参数"), new Bad("categoryId=abc", ""))) {
            Api.Answer a = api.get("/api/enforcement/archive?" + b.query(), "enforcer1");
            assertThat(a.status()).as(b.query() + " " + a.raw()).isEqualTo(400);
            assertThat(a.message()).contains(b.message());
        }
        assertThat(api.get("/api/enforcement/archive/export?status=DONE", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/enforcement/archive", "inspector1").status()).isEqualTo(403);

        List<String> exported = exportedCaseNos("enforcer1", "stage=APPEAL");
        assertThat(exported).contains(no);
        assertThat(exported).hasSize(api.get("/api/enforcement/archive?stage=APPEAL&pageSize=1", "enforcer1").result().path("total").asInt());
    }

    @Test
    @DisplayName("B11: subject search by name / ID number (blind index), create if absent, my cases by stage, overdue list, record with media")
    void b11_enforcer_app() {
        String idNo = "61080219850505" + String.format("%04d", (int) (System.nanoTime() % 10000));
        Map<String, Object> subject = Map.of("name", "测试驾驶员" + idNo.substring(14), "subjectType", "PERSON", "idNo", idNo,
                "phone", "13700001111", "plate", "陕K9B123");
        Api.Answer created = api.post("/api/app/enforcement/subjects", "enforcer1", subject);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.result().path("created").asBoolean()).isTrue();
        String subjectId = created.result().path("id").asText();
        assertThat(created.result().path("subject").path("idNo").asText()).isEqualTo(idNo.substring(0, 4) + "**********" + idNo.substring(14));
        assertThat(created.result().path("subject").path("phone").asText()).isEqualTo("137****1111");
        // stored encrypted, searched by its keyed hash: the plain number is nowhere in the table
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_subject WHERE id_no = ? OR phone = ?", Integer.class,
                idNo, "13700001111")).isZero();
        Api.Answer again = api.post("/api/app/enforcement/subjects", "enforcer1", subject);
        assertThat(again.result().path("created").asBoolean()).isFalse();
        assertThat(again.result().path("id").asText()).isEqualTo(subjectId);
        JsonNode byId = api.get("/api/app/enforcement/subjects?keyword=" + idNo, "enforcer1").result();
        assertThat(byId).hasSize(1);
        assertThat(byId.get(0).path("id").asText()).isEqualTo(subjectId);
        assertThat(api.get("/api/app/enforcement/subjects?keyword=" + idNo.substring(0, 17)
                + (idNo.endsWith("0") ? "1" : "0"), "enforcer1").result()).isEmpty();
        assertThat(api.get("/api/app/enforcement/subjects?keyword=13700001111", "enforcer1").result()).hasSize(1);
        assertThat(ids(api.get("/api/app/enforcement/subjects?keyword=测试驾驶员", "enforcer1").result())).contains(subjectId);
        assertThat(ids(api.get("/api/app/enforcement/subjects?keyword=陕K9B123", "enforcer1").result())).contains(subjectId);
        // the grid-102 enforcer cannot find it, even by the exact ID number
        assertThat(api.get("/api/app/enforcement/subjects?keyword=" + idNo, "enf_pub_b").result()).isEmpty();

        // my cases by stage, most urgent first, with counts per stage
        JsonNode c1 = newCase(api, "enforcer1", Long.parseLong(subjectId), ENFORCER1);
        JsonNode c2 = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        JsonNode mine = api.get("/api/app/enforcement/cases/mine?stage=VERIFY&pageSize=100", "enforcer1").result();
        assertThat(caseNos(mine.path("page"))).contains(c1.path("caseNo").asText()).doesNotContain(c2.path("caseNo").asText());
        assertThat(mine.path("counts").path("VERIFY").asInt()).isEqualTo(mine.path("page").path("total").asInt());
        assertThat(mine.path("counts").path("APPEAL").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode records = mine.path("page").path("records");
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i - 1).path("stageDeadline").asText()).isLessThanOrEqualTo(records.get(i).path("stageDeadline").asText());
        }
        // the overdue list: a stage past its deadline
        long id1 = c1.path("id").asLong();
        assertThat(caseNos(api.get("/api/app/enforcement/cases/overdue?pageSize=100", "enforcer1").result()))
                .doesNotContain(c1.path("caseNo").asText());
        jdbc.update("UPDATE enforcement_case SET stage_deadline = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(1)), id1);
        JsonNode overdue = api.get("/api/app/enforcement/cases/overdue?pageSize=100", "enforcer1").result();
        assertThat(caseNos(overdue)).contains(c1.path("caseNo").asText());
        for (JsonNode r : overdue.path("records")) {
            assertThat(r.path("overdue").asBoolean()).isTrue();
        }
        // a field record with a photo, kept in the trail; the stage does not move
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Answer file = api.upload("/api/files", "enforcer1", "scene.png", "image/png", png);
        assertThat(file.status()).as(file.raw()).isEqualTo(200);
        Api.Answer rec = api.post("/api/app/enforcement/cases/" + id1 + "/records", "enforcer1",
                Map.of("opinion", "现场拍摄车辆照片", "media", List.of(file.result().path("id").asLong())));
        assertThat(rec.status()).as(rec.raw()).isEqualTo(200);
        assertThat(rec.result().path("currentStage").asText()).isEqualTo("VERIFY");
        JsonNode trail = api.get("/api/enforcement/cases/" + id1, "enforcer1").result().path("actions");
        assertThat(trail.toString()).contains("现场拍摄车辆照片").contains(file.result().path("id").asText());

        // bad input: Chinese 400, nothing created
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_subject", Integer.class);
        record Bad(String path, Object body, String message) {
        }
        for (Bad b : List.of(
                new Bad("/api/app/enforcement/subjects", Map.of("subjectType", "PERSON"), "名称/姓名不能为空"),
                new Bad("/api/app/enforcement/subjects", Map.of("name", "某某", "subjectType", "ROBOT"), "对象类型只能是"),
                new Bad("/api/app/enforcement/subjects", Map.of("name", "某某", "subjectType", "PERSON", "idNo", "123"), "18 位身份证号"),
                new Bad("/api/app/enforcement/subjects", Map.of("name", "某某", "subjectType", "PERSON", "gridId", 102), "无权"),
                new Bad("/api/app/enforcement/cases/" + id1 + "/records", Map.of("opinion", ""), "记录内容不能为空"))) {
            Api.Answer a = api.post(b.path(), "enforcer1", b.body());
            assertThat(a.status()).as(a.raw()).isIn(400, 403);
            assertThat(a.raw()).contains(b.message());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_subject", Integer.class)).isEqualTo(before);
        assertThat(api.get("/api/app/enforcement/subjects?keyword=", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/app/enforcement/cases/mine?stage=XYZ", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/app/enforcement/cases/mine?pageNo=0", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/app/enforcement/cases/mine", "inspector1").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("B15/B17: statistics by class, grid, month/quarter/year, completion, overdue, appeals, penalties and amounts, causes")
    void b17_statistics() {
        JsonNode c = caseInAppeal(api, "enforcer1", PERSON_201, ENFORCER1, "enforcer1");
        long id = c.path("id").asLong();
        ok(PublicSideFixtures.appeal(api, c.path("publicToken").asText(), "申诉"));
        JsonNode before = api.get("/api/enforcement/stats/overview?categoryId=400102", "enforcer1").result().path("totals");
        jdbc.update("UPDATE enforcement_appeal SET status = 'REJECTED' WHERE case_id = ?", id);
        ok(PublicSideFixtures.act(api, "enforcer1", id, "pass", null));
        ok(meetingOpinion(api, "enforcer1", id));
        ok(measures(api, "enforcer1", id, List.of(Map.of("measureId", FINE, "amount", 8000)), null));
        JsonNode after = api.get("/api/enforcement/stats/overview?categoryId=400102", "enforcer1").result();
        JsonNode t = after.path("totals");
        assertThat(t.path("cases").asLong()).isEqualTo(before.path("cases").asLong());
        assertThat(t.path("penalisedCases").asLong()).isEqualTo(before.path("penalisedCases").asLong() + 1);
        assertThat(t.path("fineAmount").decimalValue()).isEqualByComparingTo(before.path("fineAmount").decimalValue().add(new java.math.BigDecimal(8000)));
        assertThat(t.path("appeals").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(t.path("completionRate").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        assertThat(after.path("measuresByType").toString()).contains("FINE");

        JsonNode byCategory = api.get("/api/enforcement/stats/by-category", "enforcer1").result();
        JsonNode illegal = null;
        for (JsonNode r : byCategory) {
            if (r.path("categoryId").asText().equals("400102")) {
                illegal = r;
            }
        }
        assertThat(illegal).isNotNull();
        assertThat(illegal.path("majorName").asText()).isEqualTo("道路运输违法");
        assertThat(illegal.path("cases").asLong()).isEqualTo(t.path("cases").asLong());

        String month = java.time.LocalDate.now().toString().substring(0, 7);
        assertThat(api.get("/api/enforcement/stats/trend?period=MONTH", "enforcer1").result().toString()).contains(month);
        int q = (java.time.LocalDate.now().getMonthValue() - 1) / 3 + 1;
        assertThat(api.get("/api/enforcement/stats/trend?period=QUARTER", "enforcer1").result().toString())
                .contains(java.time.LocalDate.now().getYear() + "-Q" + q);
        assertThat(api.get("/api/enforcement/stats/trend?period=YEAR", "enforcer1").result().get(0).path("period").asText())
                .matches("\\d{4}");
        assertThat(api.get("/api/enforcement/stats/causes", "enforcer1").result().path("causes").toString())
                .contains("无道路运输经营许可证从事客运");
        assertThat(api.get("/api/enforcement/stats/subjects", "enforcer1").result().toString()).contains("PERSON");

        assertThat(api.get("/api/enforcement/stats/trend?period=WEEK", "enforcer1").message()).contains("统计周期只能是");
        assertThat(api.get("/api/enforcement/stats/overview?from=2026-02-30", "enforcer1").status()).isEqualTo(400);
        assertThat(api.get("/api/enforcement/stats/overview?from=2026-05-01&to=2026-01-01", "enforcer1").message()).contains("结束日期");
        assertThat(api.get("/api/enforcement/stats/overview", "inspector1").status()).isEqualTo(403);
    }

    private List<String> exportedCaseNos(String user, String query) {
        HttpResponse<byte[]> r = api.bytes("/api/enforcement/archive/export?" + query, user);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(r.body())).sheet().headRowNumber(1).doReadSync();
        List<String> out = new ArrayList<>();
        rows.forEach(row -> out.add(row.get(0)));
        return out;
    }

    private static List<String> caseNos(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("records").forEach(r -> out.add(r.path("caseNo").asText()));
        return out;
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.path("id").asText()));
        return out;
    }
}
