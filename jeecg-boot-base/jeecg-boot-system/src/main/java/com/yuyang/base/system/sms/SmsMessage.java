package com.yuyang.base.system.sms;

import java.util.Map;

/**
 * One SMS to send: the provider template and its parameters, plus the rendered text (for the outbox and
 * providers that take free text). Deliberately has no toString with values: it may carry a login code.
 */
public final class SmsMessage {

    private final String phone;
    private final String template;
    private final Map<String, String> params;
    private final String content;

    public SmsMessage(String phone, String template, Map<String, String> params, String content) {
        this.phone = phone;
        this.template = template;
        this.params = Map.copyOf(params);
        this.content = content;
    }

    public String phone() {
        return phone;
    }

    public String template() {
        return template;
    }

    public Map<String, String> params() {
        return params;
    }

    public String content() {
        return content;
    }

    @Override
    public String toString() {
        return "SmsMessage[template=" + template + "]";
    }
}
