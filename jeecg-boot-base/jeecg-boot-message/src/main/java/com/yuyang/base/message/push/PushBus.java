package com.yuyang.base.message.push;

import java.util.Set;

/**
 * Carries a push to whichever node holds the users' connections: directly on this node in the embedded
 * default, through Redis pub/sub when {@code platform.store=redis} (several nodes).
 */
public interface PushBus {

    void publish(Set<Long> userIds, PushPayload payload);
}
