package com.yuyang.server.auth;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C8/E2: phone + SMS code login through the outbox (read over JDBC), per-phone rate limits (429),
 * attempt limit, no account enumeration, encrypted phone at rest, and no code in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmsLoginIT extends IntegrationTest {

    static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KvStore kv;
    @Autowired
    FieldCipher cipher;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private void forget(String phone) {
        String h = cipher.hash(phone);
        kv.delete("sms:gap:" + h);
        kv.delete("sms:tries:" + h);
        kv.delete("sms:day:" + h + ":" + LocalDate.now());
    }

    private int outboxRows(String phone) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sys_sms_outbox WHERE phone_hash = ?", Integer.class, cipher.hash(phone));
    }

    private String latestCode(String phone) {
        String content = jdbc.queryForObject("SELECT content FROM sys_sms_outbox WHERE phone_hash = ? "
                + "ORDER BY send_time DESC, id DESC LIMIT 1", String.class, cipher.hash(phone));
        Matcher m = CODE.matcher(content);
        assertThat(m.find()).as("outbox content carries a 6-digit code").isTrue();
        return m.group(1);
    }

    @Test
    void c8_e2_smsCodeLoginThroughTheOutbox(CapturedOutput output) {
        String phone = "13800000005"; // roadchief1, set by the demo seeder
        forget(phone);
        Http.Answer sent = http.post("/api/sys/sms/code", null, Map.of("phone", phone));
        assertThat(sent.status()).isEqualTo(200);

        Map<String, Object> row = jdbc.queryForMap("SELECT phone_enc, phone_masked, template, status, provider FROM sys_sms_outbox "
                + "WHERE phone_hash = ? ORDER BY send_time DESC, id DESC LIMIT 1", cipher.hash(phone));
        assertThat((String) row.get("phone_enc")).doesNotContain(phone).doesNotContain("0005");
        assertThat(cipher.decrypt((String) row.get("phone_enc"))).isEqualTo(phone);
        assertThat(row.get("phone_masked")).isEqualTo("138****0005");
        assertThat(row.get("status")).isEqualTo("SENT");
        String code = latestCode(phone);

        Http.Answer login = http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", code));
        assertThat(login.status()).isEqualTo(200);
        String token = login.result().path("token").asText();
        Http.Answer me = http.get("/api/sys/user/info", token);
        assertThat(me.result().path("user").path("username").asText()).isEqualTo("roadchief1");
        assertThat(me.result().path("user").path("phone").asText()).isEqualTo("138****0005");

        // single use
        assertThat(http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", code)).status()).isEqualTo(401);
        // the code never reaches the log, the phone only masked
        assertThat(output.getAll()).doesNotContain(code).doesNotContain(phone);
    }

    @Test
    void c8_rateLimitOnePerIntervalAnswers429InChinese() {
        String phone = "13800000002"; // inspector1
        forget(phone);
        assertThat(http.post("/api/sys/sms/code", null, Map.of("phone", phone)).status()).isEqualTo(200);
        int rows = outboxRows(phone);
        Http.Answer again = http.post("/api/sys/sms/code", null, Map.of("phone", phone));
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.body().path("success").asBoolean()).isFalse();
        assertThat(again.message()).contains("频繁");
        assertThat(outboxRows(phone)).isEqualTo(rows);
    }

    @Test
    void c8_dailyLimitAnswers429() {
        String phone = "13800000003"; // inspector2
        forget(phone);
        String day = "sms:day:" + cipher.hash(phone) + ":" + LocalDate.now();
        for (int i = 0; i < 10; i++) {
            kv.increment(day, Duration.ofDays(1));
        }
        Http.Answer a = http.post("/api/sys/sms/code", null, Map.of("phone", phone));
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.message()).contains("今日").contains("上限");
        forget(phone);
    }

    @Test
    void e2_unknownPhoneGetsTheSameAnswerAndNoSms() {
        String phone = "13912345678";
        forget(phone);
        Http.Answer known;
        forget("13800000004");
        known = http.post("/api/sys/sms/code", null, Map.of("phone", "13800000004"));
        Http.Answer unknown = http.post("/api/sys/sms/code", null, Map.of("phone", phone));
        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(unknown.message()).isEqualTo(known.message());
        assertThat(outboxRows(phone)).isZero();
        Http.Answer login = http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", "123456"));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.message()).isEqualTo("验证码错误或已过期");
    }

    @Test
    void c8_fiveWrongCodesBurnTheCode() {
        String phone = "13800000006"; // enterprise1
        forget(phone);
        http.post("/api/sys/sms/code", null, Map.of("phone", phone));
        String code = latestCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", wrong)).status()).isEqualTo(401);
        }
        Http.Answer sixth = http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", code));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.message()).contains("次数过多");
        forget(phone);
        assertThat(http.post("/api/sys/sms/login", null, Map.of("phone", phone, "code", code)).status())
                .as("the code was burnt").isEqualTo(401);
    }

    @Test
    void c8_outboxVisibleToAdminsWithMaskedPhoneOnly() {
        forget("13800000007");
        http.post("/api/sys/sms/code", null, Map.of("phone", "13800000007"));
        String admin = http.login("admin", AuthFixtures.DEMO_PASSWORD);
        Http.Answer list = http.get("/api/sys/sms/outbox?pageNo=1&pageSize=10&phone=13800000007", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.result().path("records").size()).isGreaterThan(0);
        assertThat(list.result().path("records").get(0).path("phoneMasked").asText()).isEqualTo("138****0007");
        assertThat(list.raw()).doesNotContain("13800000007").doesNotContain("phoneEnc").doesNotContain("phoneHash");

        String inspector = http.login("inspector2", AuthFixtures.DEMO_PASSWORD);
        assertThat(http.get("/api/sys/sms/outbox", inspector).status()).isEqualTo(403);
        assertThat(http.get("/api/sys/sms/outbox", null).status()).isEqualTo(401);
    }
}
