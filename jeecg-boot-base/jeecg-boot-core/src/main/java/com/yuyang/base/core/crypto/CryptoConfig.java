package com.yuyang.base.core.crypto;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CryptoConfig {

    @Bean
    public FieldCipher fieldCipher(@Value("${platform.security.crypto-key}") String key,
                                   @Value("${platform.security.hash-key}") String hashKey) {
        return new FieldCipher(key, hashKey);
    }
}
