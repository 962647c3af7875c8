package com.yuyang.base.message.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Chooses the {@link PushBus}: Redis pub/sub with {@code platform.store=redis}, this node otherwise. */
@Configuration(proxyBeanMethods = false)
public class PushBusConfig {

    private static final Logger log = LoggerFactory.getLogger(PushBusConfig.class);

    @Bean
    @ConditionalOnProperty(name = "platform.store", havingValue = "redis")
    ChannelTopic messagePushTopic(@Value("${platform.store-prefix:yy:}") String prefix) {
        return new ChannelTopic(prefix + "msg:push");
    }

    @Bean
    @ConditionalOnProperty(name = "platform.store", havingValue = "redis")
    PushBus redisPushBus(StringRedisTemplate redis, ChannelTopic messagePushTopic, ObjectMapper json) {
        return (users, payload) -> {
            try {
                redis.convertAndSend(messagePushTopic.getTopic(),
                        json.writeValueAsString(Map.of("users", users, "payload", payload)));
            } catch (Exception e) {
                log.warn("message push not published: {}", e.getMessage());
            }
        };
    }

    /** Every node (this one included) delivers to the connections it holds. */
    @Bean
    @ConditionalOnProperty(name = "platform.store", havingValue = "redis")
    RedisMessageListenerContainer messagePushListener(RedisConnectionFactory factory, ChannelTopic messagePushTopic,
                                                      EmitterRegistry registry, ObjectMapper json) {
        RedisMessageListenerContainer c = new RedisMessageListenerContainer();
        c.setConnectionFactory(factory);
        c.addMessageListener((message, pattern) -> {
            try {
                JsonNode node = json.readTree(message.getBody());
                Set<Long> users = new LinkedHashSet<>();
                node.path("users").forEach(u -> users.add(u.asLong()));
                PushPayload payload = json.treeToValue(node.path("payload"), PushPayload.class);
                registry.deliver(users, "message", payload);
            } catch (Exception e) {
                log.warn("unreadable message push ignored: {}", e.getMessage());
            }
        }, messagePushTopic);
        return c;
    }

    @Bean
    @ConditionalOnProperty(name = "platform.store", havingValue = "local", matchIfMissing = true)
    PushBus localPushBus(EmitterRegistry registry) {
        return (users, payload) -> registry.deliver(users, "message", payload);
    }
}
