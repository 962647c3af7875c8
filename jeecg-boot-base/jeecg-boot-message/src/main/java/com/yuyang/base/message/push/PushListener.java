package com.yuyang.base.message.push;

import com.yuyang.base.message.send.MessageSentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes a sent message only after its transaction committed (a rolled-back message is never announced).
 * A failed push is logged and forgotten: the message is in the inbox either way.
 */
@Component
public class PushListener {

    private static final Logger log = LoggerFactory.getLogger(PushListener.class);

    private final PushBus bus;

    public PushListener(PushBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onSent(MessageSentEvent e) {
        try {
            bus.publish(e.userIds(), PushPayload.of(e));
        } catch (RuntimeException ex) {
            log.warn("push of message {} failed: {}", e.messageId(), ex.getMessage());
        }
    }
}
