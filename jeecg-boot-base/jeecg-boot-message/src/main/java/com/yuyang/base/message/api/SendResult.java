package com.yuyang.base.message.api;

/**
 * What {@link MessageSender#send} did. {@code duplicate}: a message with the same dedupe key exists
 * (its id when it could be seen, otherwise null); {@code recipients}: users the new message was written for.
 */
public record SendResult(Long messageId, boolean created, boolean duplicate, int recipients) {

    public static SendResult created(long id, int recipients) {
        return new SendResult(id, true, false, recipients);
    }

    public static SendResult duplicateOf(Long id) {
        return new SendResult(id, false, true, 0);
    }

    public static SendResult nobodyToReach() {
        return new SendResult(null, false, false, 0);
    }
}
