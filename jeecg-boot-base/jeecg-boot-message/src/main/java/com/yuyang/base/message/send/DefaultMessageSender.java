package com.yuyang.base.message.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.base.message.api.SendResult;
import com.yuyang.base.message.target.RecipientResolver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a message and one recipient row per resolved user in the caller's transaction, then publishes
 * {@link MessageSentEvent} for the after-commit push. Idempotency by dedupe key rests on the unique
 * index (tenant_id, dedupe_key): the look-up first only saves work; a concurrent twin loses on the index.
 */
@Service
public class DefaultMessageSender implements MessageSender {

    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MsgMessageMapper messages;
    private final RecipientMapper recipients;
    private final RecipientResolver resolver;
    private final ApplicationEventPublisher events;

    public DefaultMessageSender(MsgMessageMapper messages, RecipientMapper recipients, RecipientResolver resolver,
                                ApplicationEventPublisher events) {
        this.messages = messages;
        this.recipients = recipients;
        this.resolver = resolver;
        this.events = events;
    }

    @Override
    @Transactional
    public SendResult send(MessageDraft draft) {
        DraftRules.check(draft);
        long tenant = draft.tenantId() != null ? draft.tenantId()
                : CurrentUser.get().map(LoginUser::tenantId).orElse(1L);
        String key = blankToNull(draft.dedupeKey());
        if (key != null) {
            Long existing = messages.idByDedupeKey(tenant, key);
            if (existing != null) {
                return SendResult.duplicateOf(existing);
            }
        }
        Set<Long> users = resolver.resolve(tenant, draft.targets());
        if (users.isEmpty()) {
            return SendResult.nobodyToReach();
        }
        MsgMessage m = toEntity(draft, tenant, key, users.size());
        try {
            messages.insert(m);
        } catch (DuplicateKeyException e) {
            // a concurrent sender with the same key committed first: its message stands, ours is not written
            return SendResult.duplicateOf(null);
        }
        LocalDateTime now = m.getCreateTime() != null ? m.getCreateTime() : LocalDateTime.now();
        List<Long> all = new ArrayList<>(users);
        for (int i = 0; i < all.size(); i += BATCH) {
            recipients.insertAll(m.getId(), tenant, all.subList(i, Math.min(all.size(), i + BATCH)), now);
        }
        events.publishEvent(new MessageSentEvent(m.getId(), m.getType(), m.getCategory(), m.getTitle(),
                m.getPriority(), m.getPinned() == 1, m.getSenderName(), now, Set.copyOf(users)));
        return SendResult.created(m.getId(), users.size());
    }

    private static MsgMessage toEntity(MessageDraft d, long tenant, String key, int count) {
        MsgMessage m = new MsgMessage();
        m.setTenantId(tenant);
        m.setType(d.type().name());
        m.setCategory(d.category());
        m.setTitle(d.title().trim());
        m.setContent(d.content());
        m.setBizType(blankToNull(d.bizType()));
        m.setBizId(blankToNull(d.bizId()));
        m.setSenderId(d.senderId());
        m.setSenderName(d.senderId() == null && d.senderName() == null ? "系统" : d.senderName());
        m.setPinned(d.pinned() ? 1 : 0);
        m.setPriority((d.priority() == null ? MessageDraft.Priority.NORMAL : d.priority()).name());
        m.setDedupeKey(key);
        m.setTargets(json(d));
        m.setRecipientCount(count);
        m.setCreateTime(LocalDateTime.now().withNano(0));
        return m;
    }

    private static String json(MessageDraft d) {
        try {
            String s = JSON.writeValueAsString(d.targets());
            if (s.length() > 4000) {
                throw BizException.badRequest("接收对象过多，请使用角色、网格、部门或分组");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
