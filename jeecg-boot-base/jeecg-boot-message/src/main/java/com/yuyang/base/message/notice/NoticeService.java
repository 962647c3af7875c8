package com.yuyang.base.message.notice;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.message.api.MessageType;
import com.yuyang.base.message.api.SendResult;
import com.yuyang.base.message.notice.NoticeRequests.Publish;
import com.yuyang.base.message.notice.NoticeRequests.Published;
import com.yuyang.base.message.notice.NoticeRequests.Query;
import com.yuyang.base.message.notice.NoticeRequests.Reader;
import com.yuyang.base.message.notice.NoticeRequests.Row;
import com.yuyang.base.message.notice.NoticeRequests.Stats;
import com.yuyang.base.message.send.MsgMessage;
import com.yuyang.base.message.send.MsgMessageMapper;
import com.yuyang.base.message.target.TargetChecker;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.base.system.api.UserDirectory.UserRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Notices (通知公告): published by a person to users/roles/grids/departments/groups, with read statistics. */
@Service
public class NoticeService {

    private final MessageSender sender;
    private final TargetChecker checker;
    private final NoticeMapper notices;
    private final MsgMessageMapper messages;
    private final UserDirectory org;

    public NoticeService(MessageSender sender, TargetChecker checker, NoticeMapper notices, MsgMessageMapper messages,
                         UserDirectory org) {
        this.sender = sender;
        this.checker = checker;
        this.notices = notices;
        this.messages = messages;
        this.org = org;
    }

    @Transactional
    public Published publish(Publish req) {
        LoginUser me = CurrentUser.require();
        MessageTargets targets = req.targets().toTargets();
        checker.requireKnown(me.tenantId(), targets, true);
        MessageDraft draft = MessageDraft.notice(req.title().trim()).content(req.content())
                .pinned(Boolean.TRUE.equals(req.pinned()))
                .priority(req.priority() == null ? MessageDraft.Priority.NORMAL : MessageDraft.Priority.valueOf(req.priority()))
                .sender(me.id(), me.realName()).tenant(me.tenantId()).to(targets).build();
        SendResult r = sender.send(draft);
        if (!r.created()) {
            throw BizException.badRequest("所选接收对象下没有可接收通知的用户");
        }
        return new Published(r.messageId(), r.recipients());
    }

    public PageResult<Row> list(Query q) {
        long tenant = CurrentUser.require().tenantId();
        Page<Row> page = new Page<>(q.pageNo() == null ? 1 : q.pageNo(), q.pageSize() == null ? 20 : q.pageSize());
        return PageResult.of(notices.list(page, tenant, like(q.keyword())), Function.identity());
    }

    public Stats stats(long id) {
        MsgMessage m = find(id);
        List<NoticeMapper.RecipientRow> rows = notices.recipients(id);
        Map<Long, UserRef> users = org.users(rows.stream().map(NoticeMapper.RecipientRow::userId).toList());
        List<Reader> read = new ArrayList<>();
        List<Reader> unread = new ArrayList<>();
        for (NoticeMapper.RecipientRow r : rows) {
            UserRef u = users.get(r.userId());
            Reader reader = new Reader(r.userId(), u == null ? null : u.username(), u == null ? null : u.realName(), r.readAt());
            (r.readAt() == null ? unread : read).add(reader);
        }
        return new Stats(m.getId(), m.getTitle(), rows.size(), read.size(), unread.size(), unread, read);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        messages.deleteById(id);
    }

    private MsgMessage find(long id) {
        MsgMessage m = messages.selectById(id);
        if (m == null || !MessageType.NOTICE.name().equals(m.getType())
                || m.getTenantId() != CurrentUser.require().tenantId()) {
            throw BizException.notFound("通知不存在");
        }
        return m;
    }

    private static String like(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return null;
        }
        return "%" + keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
