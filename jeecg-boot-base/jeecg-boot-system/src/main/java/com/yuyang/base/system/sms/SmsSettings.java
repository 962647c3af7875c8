package com.yuyang.base.system.sms;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** {@code platform.sms.*}: provider choice, per-phone rate limits, code lifetime and Aliyun credentials. */
@Data
@Component
@ConfigurationProperties(prefix = "platform.sms")
public class SmsSettings {

    /** outbox (default: the sys_sms_outbox table is the channel) or aliyun */
    private String provider = "outbox";
    private int intervalSeconds = 60;
    private int dailyLimit = 10;
    private int codeTtlMinutes = 5;
    private int maxAttempts = 5;
    private String signName = "榆阳交通";
    private Aliyun aliyun = new Aliyun();

    @Data
    public static class Aliyun {
        private String endpoint = "https://dysmsapi.aliyuncs.com/";
        private String regionId = "cn-hangzhou";
        private String accessKeyId;
        private String accessKeySecret;
        private String signName;
        /** provider template code of the login verification SMS, with a ${code} parameter */
        private String loginTemplate;
    }
}
