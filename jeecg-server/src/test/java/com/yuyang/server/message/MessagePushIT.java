package com.yuyang.server.message;

import com.yuyang.server.support.Api;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import com.yuyang.server.support.TestDatabase;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E3 — push to an open browser: an SSE stream opened over HTTP with a one-time ticket (or the token
 * header) receives a message sent to its user within seconds, through Redis pub/sub in this profile;
 * another user's stream does not; a rolled-back message is never pushed; tickets work once.
 */
class MessagePushIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MessageSender sender;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    StringRedisTemplate redis;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** An open event stream whose lines are collected as they arrive. */
    record Stream_(int status, BlockingQueue<String> lines, CompletableFuture<?> body) implements AutoCloseable {
        String awaitLine(String containing, long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                String l = lines.poll(200, TimeUnit.MILLISECONDS);
                if (l != null && l.contains(containing)) {
                    return l;
                }
            }
            return null;
        }

        @Override
        public void close() {
            body.cancel(true);
        }
    }

    Stream_ open(String query, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + "/api/msg/stream" + query))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            b.header("X-Access-Token", token);
        }
        HttpResponse<Stream<String>> r = Api.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<?> body = CompletableFuture.runAsync(() -> {
            try (Stream<String> s = r.body()) {
                s.forEach(lines::add);
            } catch (RuntimeException ignored) {
                // the test closed the stream
            }
        });
        return new Stream_(r.statusCode(), lines, body);
    }

    String ticket(String user) {
        Api.Answer a = api.post("/api/msg/stream-ticket", user, null);
        assertThat(a.status()).as(a.raw()).isEqualTo(200);
        return a.result().path("ticket").asText();
    }

    @Test
    void e3_streamOpenedWithTicketReceivesANewMessageWithinSeconds() throws Exception {
        try (Stream_ mine = open("?ticket=" + ticket("inspector1"), null);
             Stream_ other = open("?ticket=" + ticket("inspector2"), null)) {
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.awaitLine("event:hello", 10)).isNotNull();
            assertThat(other.awaitLine("event:hello", 10)).isNotNull();

            String title = "推送测试 " + UUID.randomUUID();
            long id = sender.send(MessageDraft.message(MessageCategories.RECHECK_DUE, title).toUsers(2L).build()).messageId();

            String data = mine.awaitLine(title, 5);
            assertThat(data).as("the message event reached inspector1's stream").isNotNull().contains(String.valueOf(id));
            assertThat(other.awaitLine(title, 1)).as("inspector2 is not told").isNull();
        }
    }

    @Test
    void e3_streamAcceptsTheTokenHeaderToo() throws Exception {
        try (Stream_ s = open("", api.token("enforcer1"))) {
            assertThat(s.status()).isEqualTo(200);
            assertThat(s.awaitLine("event:hello", 10)).isNotNull();
            String title = "头部令牌 " + UUID.randomUUID();
            sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, title).toRoles("enforcer").build());
            assertThat(s.awaitLine(title, 5)).isNotNull();
        }
    }

    @Test
    void e3_rolledBackMessageIsNeverPushed() throws Exception {
        try (Stream_ s = open("?ticket=" + ticket("roadchief1"), null)) {
            assertThat(s.awaitLine("event:hello", 10)).isNotNull();
            String rolledBack = "回滚 " + UUID.randomUUID();
            new TransactionTemplate(txManager).executeWithoutResult(tx -> {
                sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, rolledBack).toUsers(5L).build());
                tx.setRollbackOnly();
            });
            String committed = "提交 " + UUID.randomUUID();
            new TransactionTemplate(txManager).executeWithoutResult(tx ->
                    sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, committed).toUsers(5L).build()));
            assertThat(s.awaitLine(committed, 5)).isNotNull();
            assertThat(s.lines().stream().anyMatch(l -> l.contains(rolledBack))).isFalse();
        }
    }

    /** Another node published the push on Redis: this node, holding the connection, delivers it. */
    @Test
    void e3_pushPublishedByAnotherNodeThroughRedisReachesTheStreamOnThisNode() throws Exception {
        try (Stream_ s = open("?ticket=" + ticket("leader1"), null)) {
            assertThat(s.awaitLine("event:hello", 10)).isNotNull();
            String title = "其他节点 " + UUID.randomUUID();
            String json = Api.JSON.writeValueAsString(java.util.Map.of("users", java.util.List.of(7),
                    "payload", java.util.Map.of("id", 42, "type", "MESSAGE", "category", "CASE_OVERDUE", "title", title,
                            "priority", "HIGH", "pinned", false, "senderName", "系统", "createTime", "2026-01-01T08:00:00")));
            redis.convertAndSend(TestDatabase.REDIS_PREFIX + "msg:push", json);
            assertThat(s.awaitLine(title, 5)).isNotNull();
        }
    }

    @Test
    void e3_ticketIsOneTimeAndRequired() throws Exception {
        String t = ticket("inspector1");
        try (Stream_ first = open("?ticket=" + t, null)) {
            assertThat(first.status()).isEqualTo(200);
            try (Stream_ again = open("?ticket=" + t, null)) {
                assertThat(again.status()).isEqualTo(401);
            }
        }
        try (Stream_ none = open("", null)) {
            assertThat(none.status()).isEqualTo(401);
        }
        try (Stream_ forged = open("?ticket=" + "A".repeat(32), null)) {
            assertThat(forged.status()).isEqualTo(401);
        }
    }
}
