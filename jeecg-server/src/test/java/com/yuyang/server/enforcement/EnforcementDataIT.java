package com.yuyang.server.enforcement;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.traffic.enforcement.calendar.WorkingCalendar;
import com.yuyang.traffic.enforcement.caseflow.api.CaseClosedEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageEnteredEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseTransitions;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.route.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.yuyang.server.enforcement.EnforcementFixtures.SUBJECT_201;
import static com.yuyang.server.enforcement.EnforcementFixtures.createCase;
import static com.yuyang.server.enforcement.EnforcementFixtures.minorClassWithRoute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** B2 subjects (encrypted contact data), B3 third-party import, B8 system transitions and events, B12 working days. */
@RecordApplicationEvents
class EnforcementDataIT extends IntegrationTest {

    static final String IMPORT_KEY = "dev-only-enforcement-import-key-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CaseTransitions transitions;
    @Autowired
    CaseQueries queries;
    @Autowired
    ApplicationEvents events;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        EnforcementFixtures.accounts(jdbc);
    }

    @Test
    @DisplayName("B2: a subject's phone and ID number are stored encrypted, shown masked, and found by exact ID number")
    void b2_subject_contact_data_is_encrypted_and_masked() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试执法对象" + System.nanoTime() % 100000);
        body.put("subject_type", "PERSON");
        body.put("phone", "13912345678");
        body.put("id_no", "61080219850101123x");
        body.put("plate", "陕K99887");
        // the blind index is the engine's own column: a client cannot write it
        body.put("phone_hash", "forged");
        Api.Answer forged = api.post("/api/online/data/enforcement_subject", "enforcer1", body);
        assertThat(forged.status()).as(forged.raw()).isEqualTo(400);
        assertThat(forged.raw()).contains("未知字段");
        body.remove("phone_hash");
        Api.Answer created = api.post("/api/online/data/enforcement_subject", "enforcer1", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        long id = Long.parseLong(created.result().asText());

        Map<String, Object> row = jdbc.queryForMap("SELECT phone, phone_hash, id_no, id_no_hash, grid_id FROM enforcement_subject"
                + " WHERE id = ?", id);
        assertThat(row.toString()).doesNotContain("13912345678").doesNotContain("61080219850101123").doesNotContain("forged");
        assertThat(((Number) row.get("grid_id")).longValue()).isEqualTo(201);

        JsonNode one = api.get("/api/online/data/enforcement_subject/" + id, "enforcer1").result();
        assertThat(one.path("phone").asText()).isEqualTo("139****5678");
        assertThat(one.path("id_no").asText()).isEqualTo("6108**********123X");
        assertThat(one.has("id_no_hash")).isFalse();

        Api.Answer found = api.get("/api/online/data/enforcement_subject?id_no=61080219850101123X", "enforcer1");
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        assertThat(found.result().path("records").findValuesAsText("id")).containsExactly(String.valueOf(id));
        assertThat(api.get("/api/online/data/enforcement_subject?id_no=610802198501011230", "enforcer1").result()
                .path("total").asInt()).isZero();
        // an edit form sends the masked values back: they keep the stored ones
        String hashBefore = jdbc.queryForObject("SELECT phone_hash FROM enforcement_subject WHERE id = ?", String.class, id);
        Api.Answer edit = api.put("/api/online/data/enforcement_subject/" + id, "enforcer1",
                Map.of("version", one.path("version").asText(), "phone", "139****5678", "id_no", "6108**********123X",
                        "plate", "陕K99886"));
        assertThat(edit.status()).as(edit.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT phone_hash FROM enforcement_subject WHERE id = ?", String.class, id))
                .isEqualTo(hashBefore);
        JsonNode edited = api.get("/api/online/data/enforcement_subject/" + id, "enforcer1").result();
        assertThat(edited.path("phone").asText()).isEqualTo("139****5678");
        assertThat(edited.path("plate").asText()).isEqualTo("陕K99886");
        Api.Answer badId = api.put("/api/online/data/enforcement_subject/" + id, "enforcer1",
                Map.of("version", edited.path("version").asText(), "id_no", "12345"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.raw()).contains("应为 18 位身份证号");
        // another grid's enforcer does not see it
        assertThat(api.get("/api/online/data/enforcement_subject/" + id, "enforcer_b").status()).isEqualTo(404);
        Api.Answer badPhone = api.post("/api/online/data/enforcement_subject", "enforcer1",
                Map.of("name", "错误电话", "subject_type", "PERSON", "phone", "12345"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.raw()).contains("联系电话应为手机号或座机号");

        // the online export masks them too (the engine's sensitive fields), never plain text or ciphertext
        HttpResponse<byte[]> export = api.bytes("/api/online/data/enforcement_subject/export?id_no=61080219850101123X", "enf_clerk");
        assertThat(export.statusCode()).isEqualTo(200);
        String sheet = sheetText(export.body());
        assertThat(sheet).contains("139****5678", "6108**********123X").doesNotContain("13912345678")
                .doesNotContain(String.valueOf(row.get("phone")));
        // the enforcer app finds the same row through the same blind index
        assertThat(api.get("/api/app/enforcement/subjects?keyword=61080219850101123X", "enforcer1").result()
                .findValuesAsText("id")).containsExactly(String.valueOf(id));
    }

    @Test
    @DisplayName("B2: demo subjects' plain phone/ID numbers are encrypted at start-up and searchable; the migrated tables need no sync")
    void b2_demo_subjects_encrypted_by_backfill_and_tables_match_the_forms() {
        Map<String, Object> demo = jdbc.queryForMap("SELECT phone, phone_hash, id_no, id_no_hash FROM enforcement_subject WHERE id = 400302");
        assertThat(demo.get("phone_hash")).isNotNull();
        assertThat(demo.get("id_no_hash")).isNotNull();
        assertThat(demo.toString()).doesNotContain("13891230456").doesNotContain("610802198807153216");
        JsonNode one = api.get("/api/online/data/enforcement_subject/400302", "enforcer1").result();
        assertThat(one.path("phone").asText()).isEqualTo("138****0456");
        assertThat(one.path("id_no").asText()).isEqualTo("6108**********3216");
        assertThat(api.get("/api/online/data/enforcement_subject?phone=13891230456", "enforcer1").result()
                .path("records").findValuesAsText("id")).containsExactly("400302");
        assertThat(api.get("/api/app/enforcement/subjects?keyword=610802198807153216", "enforcer1").result()
                .findValuesAsText("id")).containsExactly("400302");
        // V4_0_0 / V4_1_0 create the forms' tables exactly as the engine plans them (scope columns in the indexes)
        Integer changed = jdbc.queryForObject("SELECT COUNT(*) FROM onl_ddl_log WHERE form_code LIKE 'enforcement%'"
                + " AND status <> 'UNCHANGED'", Integer.class);
        assertThat(changed).isZero();
        Integer synced = jdbc.queryForObject("SELECT COUNT(DISTINCT form_code) FROM onl_ddl_log WHERE status = 'UNCHANGED' AND form_code IN"
                + " ('enforcement_case_category', 'enforcement_subject', 'enforcement_holiday', 'enforcement_measure')", Integer.class);
        assertThat(synced).isEqualTo(4);
    }

    /** All cells of the first sheet of an xlsx, row by row. */
    static String sheetText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        FastExcel.read(new ByteArrayInputStream(xlsx), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                text.append(row.values()).append('\n');
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).sheet().headRowNumber(0).doRead();
        return text.toString();
    }

    @Test
    @DisplayName("B3: a third-party system pushes a case with its API key; a repeat returns the same case; a bad key is 401")
    void b3_third_party_import_with_api_key() {
        long category = minorClassWithRoute(api, "INTAKE", "CLOSE");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalNo", "TP-" + System.nanoTime());
        body.put("categoryId", category);
        body.put("gridId", 201);
        body.put("content", "电子警察抓拍：货车超限");
        body.put("plate", "陕K5X321");
        body.put("subject", Map.of("name", "第三方推送对象" + System.nanoTime() % 100000, "subjectType", "PERSON",
                "idNo", "610802199202021234", "phone", "13700002222"));

        Api.Answer noKey = api.call("POST", "/api/enforcement/import/cases", null, body, Map.of());
        assertThat(noKey.status()).isEqualTo(401);
        Api.Answer wrong = api.call("POST", "/api/enforcement/import/cases", null, body,
                Map.of("X-Api-Key", IMPORT_KEY + "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.message()).contains("API Key");

        Api.Answer first = api.call("POST", "/api/enforcement/import/cases", null, body, Map.of("X-Api-Key", IMPORT_KEY));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.result().path("duplicate").asBoolean()).isFalse();
        long id = first.result().path("id").asLong();
        Api.Answer again = api.call("POST", "/api/enforcement/import/cases", null, body, Map.of("X-Api-Key", IMPORT_KEY));
        assertThat(again.result().path("id").asLong()).isEqualTo(id);
        assertThat(again.result().path("duplicate").asBoolean()).isTrue();

        JsonNode d = api.get("/api/enforcement/cases/" + id, "enforcer1").result();
        assertThat(d.path("case").path("source").asText()).isEqualTo("IMPORT");
        assertThat(d.path("case").path("currentStage").asText()).isEqualTo("INTAKE");
        assertThat(d.path("actions").get(0).path("actorName").asText()).isEqualTo("第三方系统：demo-police");
        long subject = d.path("case").path("subjectId").asLong();
        assertThat(jdbc.queryForObject("SELECT grid_id FROM enforcement_subject WHERE id = ?", Long.class, subject)).isEqualTo(201);

        Map<String, Object> badGrid = new LinkedHashMap<>(body);
        badGrid.put("externalNo", "TP-bad-" + System.nanoTime());
        badGrid.put("gridId", 987654);
        Api.Answer grid = api.call("POST", "/api/enforcement/import/cases", null, badGrid, Map.of("X-Api-Key", IMPORT_KEY));
        assertThat(grid.status()).isEqualTo(400);
        assertThat(grid.message()).contains("网格不存在");
    }

    @Test
    @DisplayName("B8 contract: automatic filing jumps to 立案 as the system, with the trail entry and the events")
    void b8_file_automatically_and_events() {
        long category = minorClassWithRoute(api, "INTAKE", "PUBLICITY", "APPEAL", "FILE", "CLOSE");
        long id = createCase(api, "enforcer1", category, SUBJECT_201).path("id").asLong();
        CaseView filed = transitions.fileAutomatically(id, "二次申诉被驳回，自动立案");
        assertThat(filed.currentStage()).isEqualTo(StageCode.FILE);
        assertThat(filed.currentSeq()).isEqualTo(4);
        List<CaseStageEnteredEvent> entered = events.stream(CaseStageEnteredEvent.class).filter(e -> e.caseId() == id).toList();
        assertThat(entered).extracting(CaseStageEnteredEvent::stage).containsExactly(StageCode.FILE);
        assertThat(entered.get(0).previous()).isEqualTo(StageCode.INTAKE);
        assertThat(entered.get(0).actor().isSystem()).isTrue();

        JsonNode d = api.get("/api/enforcement/cases/" + id, "enforcer1").result();
        JsonNode last = d.path("actions").get(d.path("actions").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("autoFile");
        assertThat(last.path("actorName").asText()).isEqualTo("系统");
        assertThat(last.path("opinion").asText()).isEqualTo("二次申诉被驳回，自动立案");
        assertThat(d.path("stages").findValuesAsText("stageCode")).containsExactly("INTAKE", "FILE");

        assertThatThrownBy(() -> transitions.advance(id, StageCode.APPEAL, "申诉期满")).hasMessageContaining("已不是");
        assertThatThrownBy(() -> transitions.fileAutomatically(id, "再次立案")).hasMessageContaining("已处于“立案”环节");
        CaseView closed = transitions.advance(id, StageCode.FILE, "会审完毕");
        assertThat(closed.currentStage()).isEqualTo(StageCode.CLOSE);
        transitions.close(id, "结案");
        assertThat(events.stream(CaseClosedEvent.class).filter(e -> e.caseId() == id).count()).isEqualTo(1);
        assertThatThrownBy(() -> transitions.fileAutomatically(id, "again")).hasMessageContaining("已结案");

        long noFile = minorClassWithRoute(api, "INTAKE", "CLOSE");
        long other = createCase(api, "enforcer1", noFile, SUBJECT_201).path("id").asLong();
        assertThatThrownBy(() -> transitions.fileAutomatically(other, "x")).hasMessageContaining("没有“立案”环节");

        // the read API: by token without scope, by id with the caller's scope (none here: fails closed)
        String token = filed.publicToken();
        assertThat(queries.findByPublicToken(token)).map(CaseView::id).contains(id);
        assertThat(queries.findByPublicToken(token.substring(0, token.length() - 2) + "AA")).isEmpty();
        assertThat(queries.find(id)).isEmpty();
        assertThat(DataScopeContext.runAsSystem(() -> queries.find(id))).isPresent();
    }

    @Test
    @DisplayName("B12: working-day limits skip weekends and holidays, count adjusted working weekends, and end at midnight")
    void b12_working_days_follow_the_holiday_calendar() {
        // far-future week so that demo holidays do not interfere: Mon 2031-06-02 … ; Wed 06-04 is a holiday,
        // Sat 06-07 an adjusted working day
        jdbc.update("INSERT INTO enforcement_holiday (id, holiday_date, kind, name, tenant_id) VALUES (94401, '2031-06-04',"
                + " 'HOLIDAY', 'IT 假日', 1), (94402, '2031-06-07', 'WORKDAY', 'IT 调休', 1)");
        try {
            LocalDateTime monday = LocalDateTime.of(2031, 6, 2, 10, 30);
            // Tue 03 (1), Wed 04 holiday, Thu 05 (2), Fri 06 (3), Sat 07 workday (4), Mon 09 (5)
            assertThat(calendar.deadline(monday, 1, TimeUnit.WORKING_DAYS)).isEqualTo(LocalDateTime.of(2031, 6, 4, 0, 0));
            assertThat(calendar.deadline(monday, 2, TimeUnit.WORKING_DAYS)).isEqualTo(LocalDateTime.of(2031, 6, 6, 0, 0));
            assertThat(calendar.deadline(monday, 4, TimeUnit.WORKING_DAYS)).isEqualTo(LocalDateTime.of(2031, 6, 8, 0, 0));
            assertThat(calendar.deadline(monday, 5, TimeUnit.WORKING_DAYS)).isEqualTo(LocalDateTime.of(2031, 6, 10, 0, 0));
            assertThat(calendar.deadline(monday, 30, TimeUnit.HOURS)).isEqualTo(monday.plusHours(30));
            assertThat(calendar.deadline(monday, null, null)).isNull();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 7))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 8))).isFalse();
            assertThat(calendar.deadline(LocalDateTime.of(LocalDate.of(2031, 6, 6), LocalTime.NOON), 250,
                    TimeUnit.WORKING_DAYS)).isAfter(LocalDateTime.of(2032, 5, 1, 0, 0));
        } finally {
            jdbc.update("DELETE FROM enforcement_holiday WHERE id IN (94401, 94402)");
        }
    }
}
