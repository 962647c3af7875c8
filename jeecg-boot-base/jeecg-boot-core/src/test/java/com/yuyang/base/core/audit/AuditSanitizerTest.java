package com.yuyang.base.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** E2 / C1: no secret and no full phone or ID-card number ever reaches the audit log. */
class AuditSanitizerTest {

    private final AuditSanitizer sanitizer = new AuditSanitizer(new ObjectMapper());

    @Test
    void secretsAreRedactedAtAnyDepth() {
        String out = sanitizer.summarizeJson("{\"username\":\"admin\",\"password\":\"P@ss1\",\"nested\":{\"newPassword\":\"x1\","
                + "\"accessToken\":\"t1\",\"smsCode\":\"123456\",\"captcha\":\"ab12\"},\"list\":[{\"secret\":\"s\"}]}", "/api/sys/user");
        assertThat(out).contains("\"username\":\"admin\"").doesNotContain("P@ss1", "x1", "t1", "123456", "ab12", "\"s\"");
        assertThat(out.split("\\*\\*\\*", -1)).hasSize(7);
    }

    @Test
    void aBareCodeIsSecretOnlyOnLoginAndSmsPaths() {
        assertThat(sanitizer.summarizeJson("{\"code\":\"123456\"}", "/api/sys/sms/login")).doesNotContain("123456");
        assertThat(sanitizer.summarizeJson("{\"code\":\"user_status\"}", "/api/sys/dicts")).contains("user_status");
    }

    @Test
    void phoneAndIdNumbersAreMaskedByNameAndByShape() {
        String out = sanitizer.summarizeJson("{\"phone\":\"13812345678\",\"idCard\":\"610802199001011234\","
                + "\"remark\":\"请联系 13900001111，身份证 61080219900101123X\"}", "/api/x");
        assertThat(out).contains("138****5678", "6108**********1234", "139****1111", "6108**********123X")
                .doesNotContain("13812345678", "610802199001011234", "13900001111", "61080219900101123X");
    }

    @Test
    void queryParametersAreCleanedTheSameWay() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("token", new String[] {"abc"});
        params.put("mobile", new String[] {"13812345678"});
        params.put("page", new String[] {"2"});
        assertThat(sanitizer.summarizeParams(params, "/api/x")).isEqualTo("token=***&mobile=138****5678&page=2");
    }

    @Test
    void nonJsonBodiesAreNotCopiedAndLongOnesAreCut() {
        assertThat(sanitizer.summarizeJson("password=abc", "/api/x")).doesNotContain("abc");
        assertThat(sanitizer.summarizeJson("{\"a\":\"" + "x".repeat(5000) + "\"}", "/api/x")).hasSize(2000);
    }
}
