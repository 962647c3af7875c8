package com.yuyang.server.message;

import com.yuyang.server.support.EmptyDept;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.base.message.api.SendResult;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E3 — batch sending ({@code MessageSender.sendAll}) for jobs that warn in bulk (B13 overdue cases): one result per
 * draft, the same semantics as calling {@code send} for each draft in order — dedupe against existing rows and
 * within the call, nobody-to-reach writes nothing, one bad draft refuses the whole call, the caller's transaction,
 * and the unique index as the real guard when a concurrent sender wins a key.
 * Demo: inspector1 (2) and inspector2 (3) hold role inspector; 999999 is no user.
 */
class MessageBatchSendIT extends IntegrationTest {

    @Autowired
    MessageSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    static MessageDraft.Builder draft() {
        return MessageDraft.message(MessageCategories.CASE_OVERDUE, "批量消息 " + UUID.randomUUID());
    }

    Set<Long> recipientsOf(long messageId) {
        return new HashSet<>(jdbc.queryForList("SELECT user_id FROM msg_recipient WHERE message_id = ?", Long.class, messageId));
    }

    int rowsWithKey(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE dedupe_key = ?", Integer.class, key);
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient", Integer.class);
    }

    @Test
    void e3_batchWritesOneMessagePerDraftWithItsResolvedRecipients() {
        MessageDraft a = draft().toUsers(2L).content("给巡查员一").build();
        MessageDraft b = draft().toRoles("inspector").build();
        MessageDraft c = draft().toUsers(3L, 999_999L).build();
        List<SendResult> r = sender.sendAll(List.of(a, b, c));

        assertThat(r).hasSize(3).allMatch(SendResult::created);
        assertThat(recipientsOf(r.get(0).messageId())).containsExactly(2L);
        assertThat(recipientsOf(r.get(1).messageId())).contains(2L, 3L).doesNotContain(1L, 4L, 5L, 6L, 7L);
        assertThat(recipientsOf(r.get(2).messageId())).containsExactly(3L);
        assertThat(r.get(1).recipients()).isEqualTo(recipientsOf(r.get(1).messageId()).size());
        var row = jdbc.queryForMap("SELECT title, content, recipient_count, type, priority, del_flag, version, create_by"
                + " FROM msg_message WHERE id = ?", r.get(0).messageId());
        assertThat(row.get("title")).isEqualTo(a.title());
        assertThat(row.get("content")).isEqualTo("给巡查员一");
        assertThat(((Number) row.get("recipient_count")).intValue()).isEqualTo(1);
        assertThat(row.get("type")).isEqualTo("MESSAGE");
        assertThat(((Number) row.get("del_flag")).intValue()).isZero();
        assertThat(((Number) row.get("version")).intValue()).isZero();
        assertThat(row.get("create_by")).isEqualTo("system");
        assertThat(sender.sendAll(List.of())).isEmpty();
    }

    @Test
    void e3_keyRepeatedWithinTheCallIsWrittenOnceForTheFirstDraft() {
        String key = "batch:twin:" + UUID.randomUUID();
        List<SendResult> r = sender.sendAll(List.of(
                draft().toUsers(2L).dedupeKey(key).build(),
                draft().toUsers(3L).dedupeKey(key).build(),
                draft().toUsers(3L).dedupeKey(key + ":other").build(),
                draft().toUsers(3L).dedupeKey(key).build()));

        assertThat(r.get(0).created()).isTrue();
        assertThat(r.get(1).duplicate()).isTrue();
        assertThat(r.get(1).messageId()).isEqualTo(r.get(0).messageId());
        assertThat(r.get(2).created()).isTrue();
        assertThat(r.get(3).duplicate()).isTrue();
        assertThat(r.get(3).messageId()).isEqualTo(r.get(0).messageId());
        assertThat(rowsWithKey(key)).isEqualTo(1);
        assertThat(recipientsOf(r.get(0).messageId())).containsExactly(2L);
    }

    @Test
    void e3_keyOfAnExistingMessageIsADuplicateOfIt() {
        String key = "batch:existing:" + UUID.randomUUID();
        SendResult earlier = sender.send(draft().toUsers(2L).dedupeKey(key).build());
        List<SendResult> r = sender.sendAll(List.of(
                draft().toUsers(3L).dedupeKey(key).build(),
                draft().toUsers(3L).dedupeKey(key + ":new").build()));

        assertThat(r.get(0).duplicate()).isTrue();
        assertThat(r.get(0).messageId()).isEqualTo(earlier.messageId());
        assertThat(recipientsOf(earlier.messageId())).containsExactly(2L);
        assertThat(r.get(1).created()).isTrue();
        assertThat(rowsWithKey(key)).isEqualTo(1);
        // a job calling again with the same batch writes nothing more
        List<SendResult> again = sender.sendAll(List.of(
                draft().toUsers(3L).dedupeKey(key).build(),
                draft().toUsers(3L).dedupeKey(key + ":new").build()));
        assertThat(again).allMatch(SendResult::duplicate);
        assertThat(again.get(1).messageId()).isEqualTo(r.get(1).messageId());
        assertThat(rowsWithKey(key + ":new")).isEqualTo(1);
    }

    @Test
    void e3_draftReachingNobodyWritesNothingAndLeavesItsKeyFree() {
        String key = "batch:nobody:" + UUID.randomUUID();
        MessageDraft nobody = draft().toUsers(999_999L).toDepts(EmptyDept.ensure(jdbc)).dedupeKey(key).build();
        MessageDraft later = draft().toUsers(2L).dedupeKey(key).build();
        List<SendResult> r = sender.sendAll(List.of(nobody, later));

        assertThat(r.get(0)).isEqualTo(SendResult.nobodyToReach());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE title = ?", Integer.class, nobody.title())).isZero();
        // as with send() one after the other: the key goes to the first draft that reaches somebody
        assertThat(r.get(1).created()).isTrue();
        assertThat(recipientsOf(r.get(1).messageId())).containsExactly(2L);
        assertThat(rowsWithKey(key)).isEqualTo(1);
    }

    @Test
    void e3_oneInvalidDraftRefusesTheWholeCallInChineseAndWritesNothing() {
        int before = count();
        assertThatThrownBy(() -> sender.sendAll(List.of(
                draft().toUsers(2L).build(),
                MessageDraft.message(MessageCategories.CASE_OVERDUE, " ").toUsers(2L).build())))
                .isInstanceOf(BizException.class).hasMessageContaining("标题不能为空");
        assertThatThrownBy(() -> sender.sendAll(List.of(draft().toUsers(2L).build(), draft().build())))
                .isInstanceOf(BizException.class).hasMessageContaining("接收对象");
        List<MessageDraft> withNull = new ArrayList<>();
        withNull.add(draft().toUsers(2L).build());
        withNull.add(null);
        assertThatThrownBy(() -> sender.sendAll(withNull)).isInstanceOf(BizException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void e3_batchBelongsToTheCallersTransaction() {
        MessageDraft d = draft().toUsers(2L).build();
        new TransactionTemplate(txManager).executeWithoutResult(status -> {
            sender.sendAll(List.of(d));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE title = ?", Integer.class, d.title())).isZero();
    }

    @Test
    void e3_largeBatchSpansChunksAndDedupesAcrossThem() {
        String prefix = "batch:chunks:" + UUID.randomUUID() + ":";
        List<MessageDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            drafts.add(draft().toUsers(i % 2 == 0 ? 2L : 3L).dedupeKey(prefix + i).build());
        }
        drafts.add(draft().toUsers(2L).dedupeKey(prefix + 3).build()); // same key as draft 3, in another chunk
        List<SendResult> r = sender.sendAll(drafts);

        assertThat(r).hasSize(1_101);
        assertThat(r.subList(0, 1_100)).allMatch(SendResult::created);
        assertThat(r.get(1_100).duplicate()).isTrue();
        assertThat(r.get(1_100).messageId()).isEqualTo(r.get(3).messageId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE dedupe_key LIKE ?", Integer.class, prefix + "%"))
                .isEqualTo(1_100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient r JOIN msg_message m ON m.id = r.message_id"
                + " WHERE m.dedupe_key LIKE ?", Integer.class, prefix + "%")).isEqualTo(1_100);
        assertThat(recipientsOf(r.get(1_099).messageId())).containsExactly(3L);
    }

    /**
     * A concurrent sender commits one of the batch's keys after the batch's look-up (the batch's transaction holds an
     * older snapshot, so its look-up misses the key): the unique index refuses the multi-row insert, the chunk is
     * undone to its savepoint and redone one draft at a time — the twin's message stands, the other drafts are
     * written once, nothing is lost or doubled.
     */
    @Test
    void e3_concurrentTwinWinsTheKeyAndTheBatchFallsBackWithoutLosingOrDoubling() throws Exception {
        String key = "batch:race:" + UUID.randomUUID();
        String other = key + ":other";
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CountDownLatch twinCommitted = new CountDownLatch(1);
        CompletableFuture<List<SendResult>> batch = CompletableFuture.supplyAsync(() ->
                new TransactionTemplate(txManager).execute(status -> {
                    jdbc.queryForObject("SELECT COUNT(*) FROM msg_message", Integer.class); // opens the read snapshot
                    snapshotTaken.countDown();
                    await(twinCommitted);
                    return sender.sendAll(List.of(
                            draft().toUsers(3L).dedupeKey(key).build(),
                            draft().toUsers(3L).dedupeKey(other).build()));
                }));
        assertThat(snapshotTaken.await(30, TimeUnit.SECONDS)).isTrue();
        SendResult twin = sender.send(draft().toUsers(2L).dedupeKey(key).build());
        twinCommitted.countDown();
        List<SendResult> r = batch.get(60, TimeUnit.SECONDS);

        assertThat(twin.created()).isTrue();
        assertThat(r.get(0).duplicate()).isTrue();
        assertThat(r.get(1).created()).isTrue();
        assertThat(rowsWithKey(key)).isEqualTo(1);
        assertThat(recipientsOf(twin.messageId())).containsExactly(2L);
        assertThat(rowsWithKey(other)).isEqualTo(1);
        assertThat(recipientsOf(r.get(1).messageId())).containsExactly(3L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
