package com.yuyang.base.core.kv;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code platform.store=redis} (prod, tests) or {@code local} (embedded default).
 * {@code platform.store-prefix} namespaces keys, so test runs on one Redis never see each other.
 */
@Configuration(proxyBeanMethods = false)
public class KvStoreConfig {

    @Bean
    public KvStore kvStore(@Value("${platform.store:local}") String store,
                           @Value("${platform.store-prefix:yy:}") String prefix,
                           ObjectProvider<StringRedisTemplate> redis) {
        if ("redis".equalsIgnoreCase(store)) {
            return new RedisKvStore(redis.getObject(), prefix);
        }
        return new LocalKvStore(prefix);
    }
}
