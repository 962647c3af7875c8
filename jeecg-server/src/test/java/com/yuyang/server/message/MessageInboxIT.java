package com.yuyang.server.message;

import com.yuyang.server.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E3 — "my messages" over HTTP with real logins: unread count, read, read-all, delete for me, pinned
 * first then newest, filters, what I sent, and a recipient never reaching another user's message (404).
 */
class MessageInboxIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MessageSender sender;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    long send(long userId, String title, boolean pinned) {
        return sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, title).toUsers(userId)
                .pinned(pinned).build()).messageId();
    }

    @Test
    void e3_unreadCountFollowsReadReadAllAndDelete() {
        String user = "roadchief1";
        long before = unread(user);
        String tag = UUID.randomUUID().toString();
        long a = send(5, "任务A " + tag, false);
        long b = send(5, "任务B " + tag, false);
        assertThat(unread(user)).isEqualTo(before + 2);

        assertThat(api.post("/api/msg/" + a + "/read", user, null).status()).isEqualTo(200);
        assertThat(unread(user)).isEqualTo(before + 1);
        assertThat(api.post("/api/msg/" + a + "/read", user, null).status()).as("reading twice is harmless").isEqualTo(200);
        assertThat(unread(user)).isEqualTo(before + 1);

        JsonNode one = api.get("/api/msg/" + a, user).result();
        assertThat(one.path("read").asBoolean()).isTrue();
        assertThat(one.path("readAt").isNull()).isFalse();

        JsonNode unread = api.get("/api/msg/my?status=unread&keyword=" + tag, user).result();
        assertThat(ids(unread)).containsExactly(b);
        JsonNode read = api.get("/api/msg/my?status=read&keyword=" + tag, user).result();
        assertThat(ids(read)).containsExactly(a);

        assertThat(api.post("/api/msg/read-all", user, null).status()).isEqualTo(200);
        assertThat(unread(user)).isZero();

        assertThat(api.delete("/api/msg/" + b, user).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/msg/my?keyword=" + tag, user).result())).containsExactly(a);
        assertThat(api.get("/api/msg/" + b, user).status()).isEqualTo(404);
        assertThat(api.delete("/api/msg/" + b, user).status()).isEqualTo(404);
    }

    @Test
    void e3_deletedUnreadMessageNoLongerCounts() {
        long before = unread("enforcer1");
        long id = send(4, "待删除 " + UUID.randomUUID(), false);
        assertThat(unread("enforcer1")).isEqualTo(before + 1);
        api.delete("/api/msg/" + id, "enforcer1");
        assertThat(unread("enforcer1")).isEqualTo(before);
    }

    @Test
    void e3_pinnedFirstThenNewest() {
        String tag = UUID.randomUUID().toString();
        long oldPinned = send(4, "置顶 " + tag, true);
        long older = send(4, "普通1 " + tag, false);
        long newer = send(4, "普通2 " + tag, false);
        assertThat(ids(api.get("/api/msg/my?keyword=" + tag, "enforcer1").result()))
                .containsExactly(oldPinned, newer, older);

        JsonNode all = api.get("/api/msg/my?pageSize=200", "enforcer1").result().path("records");
        boolean seenUnpinned = false;
        for (JsonNode m : all) {
            if (!m.path("pinned").asBoolean()) {
                seenUnpinned = true;
            } else {
                assertThat(seenUnpinned).as("a pinned message after an unpinned one: " + all).isFalse();
            }
        }
    }

    @Test
    void e3_typeFilterAndPaging() {
        String tag = UUID.randomUUID().toString();
        sender.send(MessageDraft.notice("公告 " + tag).toUsers(4L).build());
        send(4, "消息 " + tag, false);
        JsonNode notices = api.get("/api/msg/my?type=NOTICE&keyword=" + tag, "enforcer1").result();
        assertThat(notices.path("total").asLong()).isEqualTo(1);
        assertThat(notices.path("records").get(0).path("type").asText()).isEqualTo("NOTICE");
        JsonNode page = api.get("/api/msg/my?pageNo=1&pageSize=1&keyword=" + tag, "enforcer1").result();
        assertThat(page.path("records")).hasSize(1);
        assertThat(page.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void e3_aRecipientCannotReachAnotherUsersMessage() {
        long mine = send(2, "仅张网格可见 " + UUID.randomUUID(), false);
        assertThat(api.get("/api/msg/" + mine, "inspector2").status()).isEqualTo(404);
        assertThat(api.post("/api/msg/" + mine + "/read", "inspector2", null).status()).isEqualTo(404);
        assertThat(api.delete("/api/msg/" + mine, "inspector2").status()).isEqualTo(404);
        assertThat(api.get("/api/msg/" + mine, "inspector1").status()).isEqualTo(200);
        assertThat(api.get("/api/msg/" + mine, "inspector1").result().path("read").asBoolean())
                .as("another user's attempt did not mark it read").isFalse();
    }

    @Test
    void e3_badQueryIs400InChinese() {
        Api.Answer a = api.get("/api/msg/my?status=foo", "inspector1");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.raw()).contains("状态只能是");
        assertThat(api.get("/api/msg/my?pageSize=0", "inspector1").status()).isEqualTo(400);
        assertThat(api.get("/api/msg/my?type=SPAM", "inspector1").status()).isEqualTo(400);
    }

    @Test
    void e3_withoutTokenIs401() {
        assertThat(api.call("GET", "/api/msg/my", null, null).status()).isEqualTo(401);
        assertThat(api.call("GET", "/api/msg/my/unread-count", null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", "/api/msg/read-all", null, null).status()).isEqualTo(401);
        assertThat(api.call("POST", "/api/msg/stream-ticket", null, null).status()).isEqualTo(401);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.path("records").forEach(r -> out.add(r.path("id").asLong()));
        return out;
    }

    private long unread(String user) {
        Api.Answer a = api.get("/api/msg/my/unread-count", user);
        if (a.status() != 200) {
            throw new AssertionError(a.raw());
        }
        return a.result().path("count").asLong();
    }
}
