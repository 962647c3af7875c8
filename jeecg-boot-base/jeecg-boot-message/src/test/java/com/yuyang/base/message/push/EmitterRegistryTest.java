package com.yuyang.base.message.push;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** E3 push: per-user connections are bounded, and a dead connection leaves the registry on the next send. */
class EmitterRegistryTest {

    final EmitterRegistry registry = new EmitterRegistry(Duration.ofMinutes(1), Duration.ofHours(1));

    @AfterEach
    void close() {
        registry.shutdown();
    }

    @Test
    void connectionsPerUserAreBounded() {
        for (int i = 0; i < EmitterRegistry.MAX_PER_USER + 2; i++) {
            registry.open(1);
        }
        assertThat(registry.connections(1)).isEqualTo(EmitterRegistry.MAX_PER_USER);
        assertThat(registry.connections(2)).isZero();
    }

    @Test
    void deadConnectionsAreDroppedOnDeliveryAndHeartbeat() {
        SseEmitter dead = registry.open(3);
        registry.open(3);
        dead.complete();
        registry.deliver(List.of(3L), "message", Map.of("id", 1));
        assertThat(registry.connections(3)).isEqualTo(1);

        SseEmitter other = registry.open(4);
        other.complete();
        registry.beat();
        assertThat(registry.connections(4)).isZero();
    }

    @Test
    void deliveringToUsersWithoutConnectionsIsHarmless() {
        registry.deliver(List.of(99L), "message", Map.of("id", 1));
        assertThat(registry.connections(99)).isZero();
    }
}
