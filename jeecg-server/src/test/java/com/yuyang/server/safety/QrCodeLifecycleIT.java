package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A2/A10 QR codes: a unique immutable code per subject, a PNG carrying a signed URL (not the id), print log,
 * unbinding ("已解绑") and rebinding; A6/A9 scanning by an inspector of the grid (200) or of another grid
 * (403); A8 binding of an enterprise account on its first scan, a second account refused.
 */
class QrCodeLifecycleIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static String decode(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
    }

    private String tokenOf(Api api, long subjectId, String user) throws Exception {
        HttpResponse<byte[]> png = api.bytes("/api/safety/subjects/" + subjectId + "/qrcode", user);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        String url = decode(png.body());
        assertThat(url).contains("/app/qr/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void a2_a10_lifecycle_create_scan_print_unbind_rebind() throws Exception {
        Api api = new Api(port);
        long id = SafetyFixtures.createSubject(api, 101, 30101);
        String code = jdbc.queryForObject("SELECT code FROM safety_subject_qrcode WHERE subject_id = ?", String.class, id);
        assertThat(code).isNotBlank();

        String token = tokenOf(api, id, "leader1");
        assertThat(token).doesNotContain(String.valueOf(id)).startsWith(code + ".");
        assertThat(tokenOf(api, id, "admin")).as("immutable: the same code every time").isEqualTo(token);

        Api.Answer own = api.get("/api/app/qr/" + token, "inspector1");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.result().path("subject").path("id").asLong()).isEqualTo(id);
        assertThat(own.result().path("role").asText()).isEqualTo("INSPECTOR");
        assertThat(api.get("/api/app/qr/" + token, "inspector2").status()).isEqualTo(403);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(api.get("/api/app/qr/" + forged, "inspector1").status()).isEqualTo(404);

        Api.Answer printed = api.post("/api/safety/subjects/" + id + "/qrcode/print", "leader1", Map.of("copies", 3));
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.result().path("printCount").asInt()).isEqualTo(3);
        JsonNode log = api.get("/api/safety/subjects/" + id + "/qrcode/print-log", "leader1").result();
        assertThat(log.findValuesAsText("action")).contains("PRINT", "DOWNLOAD");
        assertThat(log.findValuesAsText("username")).contains("leader1", "admin");
        boolean threeCopies = false;
        for (JsonNode l : log) {
            threeCopies |= l.path("action").asText().equals("PRINT") && l.path("copies").asInt() == 3;
        }
        assertThat(threeCopies).isTrue();

        assertThat(api.post("/api/safety/subjects/" + id + "/qrcode/unbind", "leader1", Map.of("reason", "停业整顿")).status()).isEqualTo(200);
        Api.Answer gone = api.get("/api/app/qr/" + token, "inspector1");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.message()).contains("已解绑");
        assertThat(api.post("/api/safety/subjects/" + id + "/qrcode/unbind", "leader1", Map.of("reason", "再次")).status()).isEqualTo(409);

        assertThat(api.post("/api/safety/subjects/" + id + "/qrcode/rebind", "leader1", Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/app/qr/" + token, "inspector1").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT code FROM safety_subject_qrcode WHERE subject_id = ?", String.class, id)).isEqualTo(code);
    }

    @Test
    void a8_enterprise_binds_on_first_scan_and_a_second_account_is_refused() throws Exception {
        Api api = new Api(port);
        long id = SafetyFixtures.createSubject(api, 1011, 30101);
        String token = tokenOf(api, id, "admin");
        String first = SafetyFixtures.enterpriseAccount(jdbc, 7_000_001L);
        String second = SafetyFixtures.enterpriseAccount(jdbc, 7_000_002L);

        Api.Answer bound = api.get("/api/app/qr/" + token, first);
        assertThat(bound.status()).isEqualTo(200);
        assertThat(bound.result().path("role").asText()).isEqualTo("ENTERPRISE");
        assertThat(bound.result().path("newlyBound").asBoolean()).isTrue();
        assertThat(api.get("/api/app/qr/" + token, first).result().path("newlyBound").asBoolean()).isFalse();

        Api.Answer refused = api.get("/api/app/qr/" + token, second);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).contains("已绑定");
        // enterprise1 is bound to demo subject 31004 already: it cannot take a second subject
        assertThat(api.get("/api/app/qr/" + token, "enterprise1").status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT user_id FROM safety_subject_account WHERE subject_id = ?", Long.class, id))
                .isEqualTo(7_000_001L);
    }

    @Test
    void a9_other_grid_and_bad_input_are_refused_and_nothing_is_written() {
        Api api = new Api(port);
        long id = SafetyFixtures.createSubject(api, 101, 30102);
        assertThat(api.bytes("/api/safety/subjects/" + id + "/qrcode", "inspector2").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/online/data/safety_subject/" + id, "inspector2").status()).isIn(403, 404);

        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM safety_qr_print_log WHERE subject_id = ?", Integer.class, id);
        Api.Answer zero = api.post("/api/safety/subjects/" + id + "/qrcode/print", "leader1", Map.of("copies", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.raw()).contains("打印份数至少为 1");
        Api.Answer noReason = api.post("/api/safety/subjects/" + id + "/qrcode/unbind", "leader1", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.raw()).contains("解绑原因不能为空");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM safety_qr_print_log WHERE subject_id = ?", Integer.class, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM safety_subject_qrcode WHERE subject_id = ?", String.class, id)).isEqualTo("BOUND");
        // inspectors cannot unbind (no safety:qrcode:unbind)
        assertThat(api.post("/api/safety/subjects/" + id + "/qrcode/unbind", "inspector1", Map.of("reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void a2_demo_subjects_get_codes_at_start_up() {
        Integer missing = jdbc.queryForObject("SELECT COUNT(*) FROM safety_subject s LEFT JOIN safety_subject_qrcode q"
                + " ON q.subject_id = s.id WHERE q.id IS NULL AND s.del_flag = 0 AND s.id BETWEEN 31001 AND 31013", Integer.class);
        assertThat(missing).isZero();
    }
}
