package com.yuyang.base.system.sms;

/**
 * Delivers an SMS. Default: {@link OutboxSmsSender} (the outbox table is the channel); prod:
 * {@link AliyunSmsSender} with {@code platform.sms.provider=aliyun}. Throws {@link SmsSendException}
 * when the provider refuses; implementations never log the content.
 */
public interface SmsSender {

    String provider();

    void send(SmsMessage message);
}
