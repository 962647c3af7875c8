package com.yuyang.base.message.api;

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
}
