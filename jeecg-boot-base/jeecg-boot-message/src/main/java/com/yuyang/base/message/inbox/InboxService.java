package com.yuyang.base.message.inbox;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.message.inbox.InboxRequests.MyMessage;
import com.yuyang.base.message.inbox.InboxRequests.MyQuery;
import com.yuyang.base.message.inbox.InboxRequests.SentMessage;
import com.yuyang.base.message.inbox.InboxRequests.SentQuery;
import com.yuyang.base.message.send.RecipientMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * The caller's messages: every query is keyed by the caller's own recipient rows, so a message of
 * someone else is simply not found (404), never "forbidden" (which would confirm that it exists).
 */
@Service
public class InboxService {

    private final InboxMapper inbox;
    private final RecipientMapper recipients;

    public InboxService(InboxMapper inbox, RecipientMapper recipients) {
        this.inbox = inbox;
        this.recipients = recipients;
    }

    public PageResult<MyMessage> my(MyQuery q) {
        long me = CurrentUser.require().id();
        Page<MyMessage> page = new Page<>(q.pageNo() == null ? 1 : q.pageNo(), q.pageSize() == null ? 20 : q.pageSize());
        String status = q.status() == null ? "all" : q.status();
        return PageResult.of(inbox.my(page, me, status, q.type(), q.category(), like(q.keyword())), Function.identity());
    }

    public MyMessage one(long id) {
        MyMessage m = inbox.one(id, CurrentUser.require().id());
        if (m == null) {
            throw BizException.notFound("消息不存在");
        }
        return m;
    }

    public long unreadCount() {
        return recipients.unreadCount(CurrentUser.require().id());
    }

    @Transactional
    public void read(long id) {
        long me = CurrentUser.require().id();
        requireVisible(id, me);
        recipients.markRead(id, me, LocalDateTime.now().withNano(0));
    }

    @Transactional
    public int readAll() {
        return recipients.markAllRead(CurrentUser.require().id(), LocalDateTime.now().withNano(0));
    }

    @Transactional
    public void hide(long id) {
        long me = CurrentUser.require().id();
        if (recipients.hide(id, me) == 0) {
            throw BizException.notFound("消息不存在");
        }
    }

    public PageResult<SentMessage> sent(SentQuery q) {
        long me = CurrentUser.require().id();
        Page<SentMessage> page = new Page<>(q.pageNo() == null ? 1 : q.pageNo(), q.pageSize() == null ? 20 : q.pageSize());
        return PageResult.of(inbox.sent(page, me, q.type(), like(q.keyword())), Function.identity());
    }

    private void requireVisible(long id, long me) {
        if (inbox.one(id, me) == null) {
            throw BizException.notFound("消息不存在");
        }
    }

    /** A bound LIKE pattern; the user's own % and _ are matched literally. */
    static String like(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return null;
        }
        String k = keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + k + "%";
    }
}
