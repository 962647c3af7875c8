package com.yuyang.base.online.metadata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import java.nio.charset.StandardCharsets;

/**
 * With {@code platform.store=redis} (prod, tests): a form change is published on a Redis channel and every
 * instance, this one included, evicts that form from its {@link FormRegistry}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.store", havingValue = "redis")
public class RedisFormChangeBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(RedisFormChangeBroadcaster.class);

    @Bean
    ChannelTopic onlineFormTopic(@Value("${platform.store-prefix:yy:}") String prefix) {
        return new ChannelTopic(prefix + "online:form-changed");
    }

    @Bean
    FormChangeBroadcaster redisFormChangePublisher(StringRedisTemplate redis, ChannelTopic onlineFormTopic) {
        return code -> redis.convertAndSend(onlineFormTopic.getTopic(), code);
    }

    @Bean
    RedisMessageListenerContainer onlineFormListener(RedisConnectionFactory factory, ChannelTopic onlineFormTopic,
                                                     FormRegistry registry) {
        RedisMessageListenerContainer c = new RedisMessageListenerContainer();
        c.setConnectionFactory(factory);
        c.addMessageListener((message, pattern) -> {
            String code = new String(message.getBody(), StandardCharsets.UTF_8);
            log.debug("form {} changed on some instance: evicting", code);
            registry.evictLocal(code);
        }, onlineFormTopic);
        return c;
    }
}
