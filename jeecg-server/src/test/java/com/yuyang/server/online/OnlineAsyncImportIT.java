package com.yuyang.server.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.server.support.Api;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P3 import of large files: {@code POST …/import/async} answers at once, the import runs in the background as the
 * uploading user, and the client polls {@code GET …/import/progress/{jobId}} until DONE (with the row report) or
 * FAILED (with the message).
 */
@DisplayName("P3: asynchronous import of large files with a progress the client polls")
class OnlineAsyncImportIT extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    JsonNode poll(Api api, String jobId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Api.Answer a = api.get("/api/online/data/demo_vehicle/import/progress/" + jobId, "admin");
            assertThat(a.status()).as(a.raw()).isEqualTo(200);
            String status = a.result().path("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return a.result();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundWhileTheClientPollsTheProgress() throws Exception {
        Api api = new Api(port);
        String owner = "异步导入" + System.nanoTime() % 100000;
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of("车牌号", "车主", "车辆类型", "座位数", "所属网格ID"));
        for (int i = 0; i < 300; i++) {
            sheet.add(List.of("陕Y" + String.format("%05d", (System.nanoTime() / 1000 + i) % 100000), owner, "客车", "30", "101"));
        }
        sheet.add(List.of("坏车牌", owner, "飞机", "500", "101"));
        String jobId = "async-" + System.nanoTime();
        Api.Answer started = api.upload("/api/online/data/demo_vehicle/import/async?mode=skip&jobId=" + jobId, "admin",
                "big.xlsx", XLSX, OnlineExcelIT.workbook(sheet));
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        assertThat(started.result().path("jobId").asText()).isEqualTo(jobId);

        JsonNode done = poll(api, jobId);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("processed").asInt()).isEqualTo(301);
        assertThat(done.path("report").path("imported").asInt()).isEqualTo(300);
        assertThat(done.path("report").path("failed").asInt()).isEqualTo(1);
        assertThat(done.path("report").path("errors").get(0).path("row").asInt()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle WHERE owner_name = ? AND del_flag = 0 AND create_by = 'admin'",
                Long.class, owner)).isEqualTo(300);

        // the same job id again: refused, nothing imported twice
        Api.Answer again = api.upload("/api/online/data/demo_vehicle/import/async?mode=skip&jobId=" + jobId, "admin",
                "big.xlsx", XLSX, OnlineExcelIT.workbook(sheet));
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle WHERE owner_name = ?", Long.class, owner)).isEqualTo(300);
    }

    @Test
    void badFilesFailWithAMessageAndBadRequestsAreRefusedUpFront() throws Exception {
        Api api = new Api(port);
        String jobId = "async-bad-" + System.nanoTime();
        assertThat(api.upload("/api/online/data/demo_vehicle/import/async?jobId=" + jobId, "admin", "x.xlsx", XLSX,
                "not a workbook".getBytes()).status()).isEqualTo(200);
        JsonNode failed = poll(api, jobId);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("message").asText()).contains("导入模板"); // a clear Chinese message, whichever check caught it

        assertThat(api.upload("/api/online/data/demo_vehicle/import/async", "admin", "x.xlsx", XLSX, new byte[]{1}).status())
                .isEqualTo(400); // no jobId
        assertThat(api.upload("/api/online/data/demo_vehicle/import/async?jobId=a;b", "admin", "x.xlsx", XLSX, new byte[]{1})
                .status()).isEqualTo(400);
        assertThat(api.upload("/api/online/data/demo_vehicle/import/async?mode=maybe&jobId=m-" + System.nanoTime(), "admin",
                "x.xlsx", XLSX, new byte[]{1}).status()).isEqualTo(400);
        // enforcer1 holds no online:demo_vehicle:import
        assertThat(api.upload("/api/online/data/demo_vehicle/import/async?jobId=e-" + System.nanoTime(), "enforcer1",
                "x.xlsx", XLSX, new byte[]{1}).status()).isEqualTo(403);
    }
}
