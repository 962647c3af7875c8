package com.yuyang.base.core.config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cache for reference data (dictionaries, configuration). The provider follows
 * {@code spring.cache.type}: caffeine in the embedded default, redis in prod and tests, so that an
 * eviction on one node is seen by all.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfig {
}
