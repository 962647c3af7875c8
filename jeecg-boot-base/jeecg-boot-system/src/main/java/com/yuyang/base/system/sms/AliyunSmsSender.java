package com.yuyang.base.system.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Aliyun SMS (dysmsapi 2017-05-25, SendSms) through its documented RPC signature (HMAC-SHA1, version 1.0),
 * called with the JDK HTTP client: the official SDK would add a dozen transitive jars for one GET.
 * Chosen with {@code platform.sms.provider=aliyun}; keys from configuration/environment only.
 */
public class AliyunSmsSender implements SmsSender {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmsSettings.Aliyun cfg;
    private final String signName;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public AliyunSmsSender(SmsSettings settings) {
        this.cfg = settings.getAliyun();
        this.signName = cfg.getSignName() != null ? cfg.getSignName() : settings.getSignName();
        if (isBlank(cfg.getAccessKeyId()) || isBlank(cfg.getAccessKeySecret()) || isBlank(cfg.getLoginTemplate())) {
            throw new IllegalStateException("platform.sms.provider=aliyun needs platform.sms.aliyun.access-key-id, "
                    + "access-key-secret and login-template");
        }
    }

    @Override
    public String provider() {
        return "aliyun";
    }

    @Override
    public void send(SmsMessage m) {
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", cfg.getAccessKeyId());
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("PhoneNumbers", m.phone());
        params.put("RegionId", cfg.getRegionId());
        params.put("SignName", signName);
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", cfg.getLoginTemplate());
        params.put("TemplateParam", toJson(m.params()));
        params.put("Timestamp", ISO.format(ZonedDateTime.now(ZoneOffset.UTC)));
        params.put("Version", "2017-05-25");
        String query = signedQuery(params, cfg.getAccessKeySecret());
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(cfg.getEndpoint() + "?" + query))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() != 200 || !"OK".equals(body.path("Code").asText())) {
                throw new SmsSendException("aliyun refused: " + body.path("Code").asText() + " " + body.path("Message").asText());
            }
        } catch (IOException e) {
            throw new SmsSendException("aliyun unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsSendException("interrupted", e);
        }
    }

    /** Canonical query plus {@code Signature}, per Aliyun's RPC signature rules. */
    static String signedQuery(Map<String, String> params, String secret) {
        String canonical = new TreeMap<>(params).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String toSign = "GET&" + encode("/") + "&" + encode(canonical);
        return "Signature=" + encode(sign(toSign, secret)) + "&" + canonical;
    }

    static String sign(String toSign, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String toJson(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(params));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
