package com.yuyang.base.system.sms;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** C8: the Aliyun adapter signs requests exactly as Aliyun's documented worked example. */
class AliyunSmsSenderTest {

    @Test
    void c8_signatureMatchesAliyunDocumentedExample() {
        Map<String, String> p = new TreeMap<>();
        p.put("AccessKeyId", "testId");
        p.put("Action", "SendSms");
        p.put("Format", "XML");
        p.put("OutId", "123");
        p.put("PhoneNumbers", "15300000001");
        p.put("RegionId", "cn-hangzhou");
        p.put("SignName", "阿里云短信测试专用");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        p.put("SignatureVersion", "1.0");
        p.put("TemplateCode", "SMS_71390007");
        p.put("TemplateParam", "{\"customer\":\"test\"}");
        p.put("Timestamp", "2017-07-12T02:42:19Z");
        p.put("Version", "2017-05-25");
        String query = AliyunSmsSender.signedQuery(p, "testSecret");
        assertThat(query).startsWith("Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D&");
    }

    @Test
    void c8_percentEncodingFollowsAliyunRules() {
        assertThat(AliyunSmsSender.encode("a b*c~")).isEqualTo("a%20b%2Ac~");
    }
}
