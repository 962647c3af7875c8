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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E3 — the sending API every module uses: targets (users, roles, grids with sub-grids, departments with
 * sub-departments) resolve to the right distinct users at send time; a dedupe key makes repeated and
 * concurrent sends write one message; recipients are written in the caller's transaction.
 * Demo organisation: inspector1 (2) grid 101, inspector2 (3) grid 102, enforcer1 (4) grid 201,
 * enterprise1 (6) sub-grid 1011 of 101; depts: 2, 3, 7 in 10 (under 1), 4 in 11, 5 in 12.
 */
class MessageSendIT extends IntegrationTest {

    @Autowired
    MessageSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    Set<Long> recipientsOf(long messageId) {
        return new HashSet<>(jdbc.queryForList("SELECT user_id FROM msg_recipient WHERE message_id = ?", Long.class, messageId));
    }

    static MessageDraft.Builder draft() {
        return MessageDraft.message(MessageCategories.TASK_RECEIVED, "测试消息 " + UUID.randomUUID());
    }

    @Test
    void e3_gridTargetReachesUsersOfTheGridAndItsSubGridsOnly() {
        SendResult r = sender.send(draft().toGrids(101L).build());
        assertThat(r.created()).isTrue();
        Set<Long> to = recipientsOf(r.messageId());
        assertThat(to).contains(2L, 6L).doesNotContain(1L, 3L, 4L, 5L, 7L);

        Set<Long> other = recipientsOf(sender.send(draft().toGrids(102L).build()).messageId());
        assertThat(other).contains(3L).doesNotContain(2L, 6L, 4L);
    }

    @Test
    void e3_roleTargetReachesHoldersOfTheRole() {
        Set<Long> to = recipientsOf(sender.send(draft().toRoles("inspector").build()).messageId());
        assertThat(to).contains(2L, 3L).doesNotContain(1L, 4L, 5L, 6L, 7L);
    }

    @Test
    void e3_deptTargetIncludesSubDepartments() {
        Set<Long> dept10 = recipientsOf(sender.send(draft().toDepts(10L).build()).messageId());
        assertThat(dept10).contains(2L, 3L, 7L).doesNotContain(1L, 4L, 5L, 6L);

        Set<Long> bureau = recipientsOf(sender.send(draft().toDepts(1L).build()).messageId());
        assertThat(bureau).contains(1L, 2L, 3L, 4L, 5L, 7L).doesNotContain(6L);
    }

    @Test
    void e3_mixedTargetsAreResolvedToDistinctUsers() {
        SendResult r = sender.send(draft().toUsers(2L, 5L).toRoles("inspector").toGrids(101L).toDepts(12L).build());
        Set<Long> to = recipientsOf(r.messageId());
        assertThat(to).contains(2L, 3L, 5L, 6L).doesNotContain(4L, 7L);
        assertThat(r.recipients()).isEqualTo(to.size());
        assertThat(jdbc.queryForObject("SELECT recipient_count FROM msg_message WHERE id = ?", Integer.class, r.messageId()))
                .isEqualTo(to.size());
    }

    @Test
    void e3_targetsThatReachNobodyWriteNothing() {
        String title = "无人可达 " + UUID.randomUUID();
        long empty = EmptyDept.ensure(jdbc);
        SendResult r = sender.send(MessageDraft.message(MessageCategories.NOTICE, title).toDepts(empty).toUsers(999_999L).build());
        assertThat(r.created()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE title = ?", Integer.class, title)).isZero();
    }

    @Test
    void e3_invalidDraftIsRefusedInChineseAndWritesNothing() {
        int before = count();
        assertThatThrownBy(() -> sender.send(MessageDraft.message(MessageCategories.NOTICE, " ").toUsers(2L).build()))
                .isInstanceOf(BizException.class).hasMessageContaining("标题不能为空");
        assertThatThrownBy(() -> sender.send(MessageDraft.message("bad category", "t").toUsers(2L).build()))
                .isInstanceOf(BizException.class).hasMessageContaining("分类");
        assertThatThrownBy(() -> sender.send(draft().build()))
                .isInstanceOf(BizException.class).hasMessageContaining("接收对象");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void e3_sameDedupeKeyTwiceGivesOneMessage() {
        String key = "recheck:subject-1:item-3:" + UUID.randomUUID();
        SendResult first = sender.send(draft().toUsers(2L).dedupeKey(key).build());
        SendResult second = sender.send(draft().toUsers(2L).dedupeKey(key).build());
        assertThat(first.created()).isTrue();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.messageId()).isEqualTo(first.messageId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE dedupe_key = ?", Integer.class, key)).isEqualTo(1);
    }

    @Test
    void e3_sameDedupeKeyConcurrentlyGivesOneMessage() throws Exception {
        String key = "recheck:concurrent:" + UUID.randomUUID();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<SendResult> c = () -> {
                    start.await();
                    return sender.send(draft().toRoles("inspector").dedupeKey(key).build());
                };
                results.add(pool.submit(c));
            }
            start.countDown();
            int created = 0;
            for (Future<SendResult> f : results) {
                SendResult r = f.get();
                created += r.created() ? 1 : 0;
                assertThat(r.created() || r.duplicate()).isTrue();
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Long id = jdbc.queryForObject("SELECT id FROM msg_message WHERE dedupe_key = ?", Long.class, key);
        assertThat(recipientsOf(id)).contains(2L, 3L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient WHERE message_id = ?", Integer.class, id))
                .isEqualTo(recipientsOf(id).size());
    }

    @Test
    void e3_recipientsBelongToTheCallersTransaction() {
        String title = "回滚消息 " + UUID.randomUUID();
        new TransactionTemplate(txManager).executeWithoutResult(status -> {
            sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, title).toUsers(2L).build());
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM msg_message WHERE title = ?", Integer.class, title)).isZero();

        Long id = new TransactionTemplate(txManager).execute(status ->
                sender.send(MessageDraft.message(MessageCategories.TASK_RECEIVED, title).toUsers(2L).build()).messageId());
        assertThat(recipientsOf(id)).containsExactly(2L);
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM msg_message", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM msg_recipient", Integer.class);
    }
}
