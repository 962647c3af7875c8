package com.yuyang.server.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.traffic.enforcement.overdue.OverdueJob;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 demo data in the default profile (embedded H2, no MariaDB/Redis): enforcer1 registers demo cases for
 * demo subjects of their grid and handles them (超限超载运输 up to 立案, 未落实安全检查制度 through every stage
 * to CLOSED); the overdue job runs on H2 as well.
 */
class EnforcementDemoWalkIT {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("B3-B6 demo: enforcer1 walks a demo case end to end in the default profile")
    void enforcer1_walks_a_demo_case_end_to_end() {
        int redisPort = BootHarness.closedPort();
        try (BootHarness app = BootHarness.start(new String[0], "--server.port=0",
                "--platform.data-dir=" + dataDir.toAbsolutePath(), "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort, "--spring.data.redis.timeout=500ms")) {
            Api api = new Api(app.port());
            Api.Answer routes = api.get("/api/enforcement/routes", "admin");
            assertThat(routes.result().findValuesAsText("name")).contains("超限超载运输", "非法营运", "未落实安全检查制度");

            // 超限超载运输: registered, dispatched and verified by enforcer1 up to 立案 (立案 and 处置措施 are completed
            // with the meeting opinion and the measures of the enforcement public side)
            long id = register(api, 400101, 400301, "货车超限运输，超限 35%");
            assertThat(api.bytes("/api/enforcement/cases/" + id + "/qrcode", "enforcer1").statusCode()).isEqualTo(200);
            walk(api, id, List.of(
                    new Object[]{"INTAKE", "pass", Map.of()},
                    new Object[]{"DISPATCH", "dispatch", Map.of("assigneeId", 4)},
                    new Object[]{"VERIFY", "verify", Map.of("cause", "超限运输", "process", "现场核查车辆及运单")}));
            assertThat(api.get("/api/enforcement/cases/" + id, "enforcer1").result().path("case").path("currentStage").asText())
                    .isEqualTo("FILE");

            // 未落实安全检查制度: every stage by enforcer1 to CLOSED (the demo data holds closed cases of its own)
            int closedBefore = api.get("/api/enforcement/cases?status=CLOSED", "enforcer1").result().path("total").asInt();
            long closed = register(api, 400111, 400303, "未按规定开展安全检查");
            walk(api, closed, List.of(
                    new Object[]{"INTAKE", "pass", Map.of()},
                    new Object[]{"VERIFY", "verify", Map.of("cause", "未开展月度安全检查", "process", "查阅检查台账")},
                    new Object[]{"TRANSFER", "pass", Map.of()},
                    new Object[]{"CLOSE", "pass", Map.of()}));
            JsonNode done = api.get("/api/enforcement/cases/" + closed, "enforcer1").result();
            assertThat(done.path("case").path("status").asText()).isEqualTo("CLOSED");
            assertThat(done.path("stages")).hasSize(4);
            assertThat(api.get("/api/enforcement/cases?status=CLOSED", "enforcer1").result().path("total").asInt())
                    .isEqualTo(closedBefore + 1);

            // the overdue job's SQL runs on H2 too: an overdue stage of a second case is warned once
            long second = register(api, 400111, 400302, "未按规定开展安全检查");
            JdbcTemplate jdbc = app.context().getBean(JdbcTemplate.class);
            jdbc.update("UPDATE enforcement_case_stage SET deadline = DATEADD('MINUTE', -5, CURRENT_TIMESTAMP) WHERE case_id = ?", second);
            OverdueJob job = app.context().getBean(OverdueJob.class);
            assertThat(job.run()).startsWith("超期环节 1 个，已提醒 1 个");
            assertThat(job.run()).startsWith("超期环节 0 个");
        }
    }

    private static long register(Api api, long category, long subject, String content) {
        Api.Answer created = api.post("/api/enforcement/cases", "enforcer1",
                Map.of("categoryId", category, "subjectId", subject, "content", content));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        return created.result().path("id").asLong();
    }

    private static void walk(Api api, long id, List<Object[]> steps) {
        for (Object[] step : steps) {
            JsonNode d = api.get("/api/enforcement/cases/" + id, "enforcer1").result();
            assertThat(d.path("case").path("currentStage").asText()).isEqualTo(step[0]);
            Api.Answer a = api.post("/api/enforcement/cases/" + id + "/actions", "enforcer1",
                    Map.of("action", step[1], "opinion", "同意", "data", step[2]));
            assertThat(a.status()).as(step[0] + ": " + a.raw()).isEqualTo(200);
        }
    }
}
