package com.yuyang.base.message.target;

import com.yuyang.base.message.api.MessageTargets;

import java.util.Collection;
import java.util.Set;

/** What target resolution needs of notification groups (implemented by the group feature). */
public interface GroupLookup {

    Set<Long> existingGroupIds(long tenantId, Collection<Long> groupIds);

    /** The union of the members of the groups (a group never contains groups). */
    MessageTargets membersOf(long tenantId, Collection<Long> groupIds);
}
