package com.yuyang.base.message.api;

import java.util.List;

/**
 * The one way every module sends an in-app message or notice. Targets are resolved to users at send
 * time; the message and its recipients are written in the caller's transaction (or a new one) and
 * pushed to open browsers only after that transaction commits. With a dedupe key the call is
 * idempotent: a second call with the same key (even concurrently) writes nothing.
 * An invalid draft raises a 400 {@code BizException} with a Chinese message; nothing is written.
 * A draft whose targets reach no active user writes nothing ({@link SendResult#nobodyToReach()}).
 */
public interface MessageSender {

    SendResult send(MessageDraft draft);

    /**
     * Many drafts in one call, with the semantics of calling {@link #send} for each in order (one result per draft,
     * same order) but a few statements per chunk instead of several per message — for jobs that warn in bulk.
     * Every draft is checked first: one invalid draft raises the 400 and nothing of the call is written. A key that
     * exists already gives {@code duplicate} with its id; a key repeated within the call is written once, for the
     * first draft that reaches somebody, and the later ones are duplicates of it. Same transaction and after-commit
     * push as {@link #send}.
     */
    List<SendResult> sendAll(List<MessageDraft> drafts);
}
