package com.yuyang.base.message.push;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open SSE connections of this node, per user (a user may have several tabs, at most
 * {@value #MAX_PER_USER}; the oldest is closed beyond that). A heartbeat comment keeps proxies from
 * closing idle connections and reveals dead ones; emitters leave the registry on completion, timeout
 * or error.
 */
@Component
public class EmitterRegistry {

    private static final Logger log = LoggerFactory.getLogger(EmitterRegistry.class);
    static final int MAX_PER_USER = 5;

    private final Map<Long, List<SseEmitter>> byUser = new ConcurrentHashMap<>();
    private final long timeoutMillis;
    private final ScheduledExecutorService heartbeat;

    public EmitterRegistry(@Value("${platform.message.stream-timeout:30m}") Duration timeout,
                           @Value("${platform.message.heartbeat:20s}") Duration heartbeatEvery) {
        this.timeoutMillis = timeout.toMillis();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "msg-sse-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1000, heartbeatEvery.toMillis());
        heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    public SseEmitter open(long userId) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        List<SseEmitter> list = byUser.computeIfAbsent(userId, k -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        while (list.size() > MAX_PER_USER) {
            SseEmitter oldest = list.remove(0);
            oldest.complete();
        }
        Runnable remove = () -> remove(userId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    /** Sends one event to every connection of the users on this node; dead connections are dropped. */
    public void deliver(Collection<Long> userIds, String event, Object data) {
        for (Long userId : userIds) {
            List<SseEmitter> list = byUser.get(userId);
            if (list == null) {
                continue;
            }
            for (SseEmitter e : list) {
                send(userId, e, SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            }
        }
    }

    public int connections(long userId) {
        List<SseEmitter> list = byUser.get(userId);
        return list == null ? 0 : list.size();
    }

    void beat() {
        byUser.forEach((userId, list) -> list.forEach(e -> send(userId, e, SseEmitter.event().comment("ping"))));
    }

    private void send(long userId, SseEmitter e, SseEmitter.SseEventBuilder event) {
        try {
            e.send(event);
        } catch (IOException | IllegalStateException ex) {
            log.debug("dropping SSE connection of user {}: {}", userId, ex.getMessage());
            remove(userId, e);
            e.completeWithError(ex);
        }
    }

    private void remove(long userId, SseEmitter e) {
        byUser.computeIfPresent(userId, (k, list) -> {
            list.remove(e);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Closes every stream as soon as the application starts closing: open SSE requests would otherwise hold
     * the graceful shutdown of the web server for its whole timeout. Browsers reconnect to another node.
     */
    @EventListener(ContextClosedEvent.class)
    public void onClose(ContextClosedEvent event) {
        if (event.getApplicationContext().getParent() == null) {
            shutdown();
        }
    }

    @PreDestroy
    void shutdown() {
        heartbeat.shutdownNow();
        byUser.values().forEach(list -> list.forEach(SseEmitter::complete));
        byUser.clear();
    }
}
