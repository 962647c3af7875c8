package com.yuyang.base.message.send;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.message.api.SendResult;
import com.yuyang.base.message.target.RecipientResolver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a message and one recipient row per resolved user in the caller's transaction, then publishes
 * {@link MessageSentEvent} for the after-commit push. Idempotency by dedupe key rests on the unique
 * index (tenant_id, dedupe_key): the look-up first only saves work; a concurrent twin loses on the index.
 * {@link #sendAll} does the same for many drafts with a few statements per chunk of {@value #CHUNK} drafts.
 */
@Service
public class DefaultMessageSender implements MessageSender {

    private static final int BATCH = 500;
    /** Drafts per chunk of {@link #sendAll}: one key look-up, one message insert, recipient inserts of ≤ BATCH rows. */
    static final int CHUNK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MsgMessageMapper messages;
    private final RecipientMapper recipients;
    private final RecipientResolver resolver;
    private final ApplicationEventPublisher events;
    /** A savepoint around a chunk's inserts, so that a lost dedupe race undoes only that chunk. */
    private final TransactionTemplate savepoint;

    public DefaultMessageSender(MsgMessageMapper messages, RecipientMapper recipients, RecipientResolver resolver,
                                ApplicationEventPublisher events, PlatformTransactionManager txManager) {
        this.messages = messages;
        this.recipients = recipients;
        this.resolver = resolver;
        this.events = events;
        this.savepoint = new TransactionTemplate(txManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    @Transactional
    public SendResult send(MessageDraft draft) {
        DraftRules.check(draft);
        long tenant = tenantOf(draft);
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
        MsgMessage m = toEntity(draft, tenant, key, users.size(), json(draft), LocalDateTime.now().withNano(0));
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

    private record Prepared(MessageDraft draft, long tenant, String key, String targetsJson) {
    }

    private record TenantKey(long tenant, String key) {
    }

    @Override
    @Transactional
    public List<SendResult> sendAll(List<MessageDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            return List.of();
        }
        // every draft is checked before anything is written: one bad draft refuses the whole call
        List<Prepared> all = new ArrayList<>(drafts.size());
        for (MessageDraft d : drafts) {
            DraftRules.check(d);
            all.add(new Prepared(d, tenantOf(d), blankToNull(d.dedupeKey()), json(d)));
        }
        SendResult[] results = new SendResult[all.size()];
        String who = CurrentUser.get().map(LoginUser::username).orElse("system");
        // keys written by an earlier chunk are rows of this transaction, so the next chunk's look-up sees them
        for (int from = 0; from < all.size(); from += CHUNK) {
            sendChunk(all.subList(from, Math.min(all.size(), from + CHUNK)), results, from, who);
        }
        return Arrays.asList(results);
    }

    private void sendChunk(List<Prepared> part, SendResult[] results, int offset, String who) {
        Map<TenantKey, Long> taken = existingKeys(part);
        Map<Long, Map<MessageTargets, Set<Long>>> reach = new HashMap<>();
        Map<Long, List<MessageTargets>> targetsByTenant = new LinkedHashMap<>();
        for (Prepared p : part) {
            if (p.key() == null || !taken.containsKey(new TenantKey(p.tenant(), p.key()))) {
                targetsByTenant.computeIfAbsent(p.tenant(), t -> new ArrayList<>()).add(p.draft().targets());
            }
        }
        targetsByTenant.forEach((tenant, targets) -> reach.put(tenant, resolver.resolveAll(tenant, targets)));

        LocalDateTime now = LocalDateTime.now().withNano(0);
        List<MsgMessage> rows = new ArrayList<>();
        List<RecipientRow> recipientRows = new ArrayList<>();
        List<MessageSentEvent> sent = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            Prepared p = part.get(i);
            TenantKey tk = p.key() == null ? null : new TenantKey(p.tenant(), p.key());
            if (tk != null && taken.containsKey(tk)) {
                // an existing message, or an earlier draft of this call with the same key
                results[offset + i] = SendResult.duplicateOf(taken.get(tk));
                continue;
            }
            Set<Long> users = reach.get(p.tenant()).get(p.draft().targets());
            if (users.isEmpty()) {
                results[offset + i] = SendResult.nobodyToReach();
                continue;
            }
            MsgMessage m = toEntity(p.draft(), p.tenant(), p.key(), users.size(), p.targetsJson(), now);
            m.setId(IdWorker.getId());
            m.setVersion(0);
            m.setDelFlag(0);
            m.setCreateBy(who);
            m.setUpdateBy(who);
            m.setUpdateTime(now);
            rows.add(m);
            for (Long u : users) {
                recipientRows.add(new RecipientRow(m.getId(), u, p.tenant(), now));
            }
            if (tk != null) {
                taken.put(tk, m.getId());
            }
            sent.add(new MessageSentEvent(m.getId(), m.getType(), m.getCategory(), m.getTitle(), m.getPriority(),
                    m.getPinned() == 1, m.getSenderName(), now, Set.copyOf(users)));
            results[offset + i] = SendResult.created(m.getId(), users.size());
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> {
                messages.insertAll(rows);
                for (int i = 0; i < recipientRows.size(); i += BATCH) {
                    recipients.insertRows(recipientRows.subList(i, Math.min(recipientRows.size(), i + BATCH)));
                }
            });
        } catch (DuplicateKeyException e) {
            // a concurrent sender committed one of these keys after our look-up: the savepoint undid this chunk's
            // rows; redo the chunk one draft at a time, where each key is checked against what is there now
            for (int i = 0; i < part.size(); i++) {
                results[offset + i] = send(part.get(i).draft());
            }
            return;
        }
        sent.forEach(events::publishEvent);
    }

    /** One look-up per tenant for all keys of the chunk. */
    private Map<TenantKey, Long> existingKeys(List<Prepared> part) {
        Map<Long, Set<String>> keys = new LinkedHashMap<>();
        for (Prepared p : part) {
            if (p.key() != null) {
                keys.computeIfAbsent(p.tenant(), t -> new LinkedHashSet<>()).add(p.key());
            }
        }
        Map<TenantKey, Long> taken = new HashMap<>();
        keys.forEach((tenant, ks) -> {
            for (MsgMessage m : messages.byDedupeKeys(tenant, ks)) {
                taken.put(new TenantKey(tenant, m.getDedupeKey()), m.getId());
            }
        });
        return taken;
    }

    private static long tenantOf(MessageDraft d) {
        return d.tenantId() != null ? d.tenantId() : CurrentUser.get().map(LoginUser::tenantId).orElse(1L);
    }

    private static MsgMessage toEntity(MessageDraft d, long tenant, String key, int count, String targetsJson,
                                       LocalDateTime now) {
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
        m.setTargets(targetsJson);
        m.setRecipientCount(count);
        m.setCreateTime(now);
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
