package com.yuyang.base.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.yuyang.base.core.crypto.Masking;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what must never reach a log: secrets (passwords, tokens, verification codes, keys) are replaced by
 * {@code ***}; phone and ID-card numbers are masked wherever they appear, by field name or by shape.
 */
public final class AuditSanitizer {

    public static final String REDACTED = "***";
    private static final int MAX = 2000;

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|pwd|secret|token|captcha|credential|otp|apikey|api_key|accesskey|access_key"
                    + "|privatekey|private_key|smscode|sms_code|verifycode|verify_code|validcode|authcode|signature).*");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    private final ObjectMapper json;

    public AuditSanitizer(ObjectMapper json) {
        this.json = json;
    }

    /** Is a parameter or field of this name a secret in the context of this request path? */
    public static boolean isSecretName(String name, String path) {
        if (name == null) {
            return false;
        }
        if (SECRET_NAME.matcher(name).matches()) {
            return true;
        }
        // a bare "code" is a verification code on login/SMS/password paths, a business code elsewhere
        return "code".equalsIgnoreCase(name) && path != null
                && path.matches("(?i).*(login|sms|captcha|password|verify).*");
    }

    /** Masks phone and ID-card numbers in free text. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        String s = ID_CARD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "**********" + m.group(2)));
        s = PHONE.matcher(s).replaceAll("$1****$3");
        return s;
    }

    public String summarizeJson(String body, String path) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return truncate(json.writeValueAsString(clean(node, path)));
        } catch (Exception notJson) {
            return truncate("[非 JSON 请求体，" + body.length() + " 字符]");
        }
    }

    public String summarizeParams(Map<String, String[]> params, String path) {
        if (params == null || params.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        params.forEach((k, vs) -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(k).append('=');
            sb.append(isSecretName(k, path) ? REDACTED : maskText(String.join(",", vs)));
        });
        return truncate(sb.toString());
    }

    private JsonNode clean(JsonNode node, String path) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (isSecretName(e.getKey(), path)) {
                    e.setValue(TextNode.valueOf(REDACTED));
                } else if (e.getKey().toLowerCase().matches(".*(phone|mobile|tel).*") && e.getValue().isValueNode()) {
                    e.setValue(TextNode.valueOf(Masking.phone(e.getValue().asText())));
                } else if (e.getKey().toLowerCase().matches(".*(idcard|id_card|idno|identity).*") && e.getValue().isValueNode()) {
                    e.setValue(TextNode.valueOf(Masking.idCard(e.getValue().asText())));
                } else {
                    e.setValue(clean(e.getValue(), path));
                }
            }
            return obj;
        }
        if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, clean(arr.get(i), path));
            }
            return arr;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(maskText(node.asText()));
        }
        return node;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
