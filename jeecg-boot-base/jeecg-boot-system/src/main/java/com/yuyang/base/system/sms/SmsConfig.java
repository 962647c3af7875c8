package com.yuyang.base.system.sms;

import com.yuyang.base.core.crypto.FieldCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the SMS channel by {@code platform.sms.provider}: outbox (default) or aliyun. */
@Configuration(proxyBeanMethods = false)
public class SmsConfig {

    @Bean
    public SmsSender smsSender(SmsSettings settings, SysSmsOutboxMapper outbox, FieldCipher cipher) {
        return switch (settings.getProvider() == null ? "outbox" : settings.getProvider().trim().toLowerCase()) {
            case "aliyun" -> new AliyunSmsSender(settings);
            case "outbox", "" -> new OutboxSmsSender(outbox, cipher);
            default -> throw new IllegalStateException("Unknown platform.sms.provider: " + settings.getProvider());
        };
    }
}
