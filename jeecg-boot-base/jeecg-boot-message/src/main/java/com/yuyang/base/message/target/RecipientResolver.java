package com.yuyang.base.message.target;

import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns targets into the distinct active users they reach at this moment. */
@Component
public class RecipientResolver {

    private final UserDirectory org;
    private final GroupLookup groups;

    public RecipientResolver(UserDirectory org, GroupLookup groups) {
        this.org = org;
        this.groups = groups;
    }

    public Set<Long> resolve(long tenantId, MessageTargets targets) {
        MessageTargets t = targets;
        if (!t.groupIds().isEmpty()) {
            MessageTargets members = groups.membersOf(tenantId, t.groupIds());
            t = merge(t, members);
        }
        Set<Long> users = new TreeSet<>(org.activeUsers(tenantId, t.userIds()));
        users.addAll(org.usersWithRoles(tenantId, t.roleCodes()));
        users.addAll(org.usersInGrids(tenantId, t.gridIds()));
        users.addAll(org.usersInDepts(tenantId, t.deptIds()));
        return users;
    }

    /**
     * The same as {@link #resolve} for many targets at once (batch send): identical targets are resolved once, and
     * targets naming users only (the common case of jobs: one assignee each) share a single look-up of active users.
     */
    public Map<MessageTargets, Set<Long>> resolveAll(long tenantId, Collection<MessageTargets> targets) {
        Map<MessageTargets, Set<Long>> out = new HashMap<>();
        Set<Long> named = new HashSet<>();
        for (MessageTargets t : targets) {
            if (usersOnly(t)) {
                named.addAll(t.userIds());
            }
        }
        Set<Long> active = named.isEmpty() ? Set.of() : new HashSet<>(org.activeUsers(tenantId, named));
        for (MessageTargets t : targets) {
            if (out.containsKey(t)) {
                continue;
            }
            if (usersOnly(t)) {
                Set<Long> users = new TreeSet<>(t.userIds());
                users.retainAll(active);
                out.put(t, users);
            } else {
                out.put(t, resolve(tenantId, t));
            }
        }
        return out;
    }

    private static boolean usersOnly(MessageTargets t) {
        return t.roleCodes().isEmpty() && t.gridIds().isEmpty() && t.deptIds().isEmpty() && t.groupIds().isEmpty();
    }

    private static MessageTargets merge(MessageTargets a, MessageTargets b) {
        return new MessageTargets(union(a.userIds(), b.userIds()), union(a.roleCodes(), b.roleCodes()),
                union(a.gridIds(), b.gridIds()), union(a.deptIds(), b.deptIds()), Set.of());
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new java.util.LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
