package com.yuyang.base.message.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who a message is for: any mix of users, roles (codes), grids (with sub-grids), departments (with
 * sub-departments) and notification groups. Resolved to distinct user ids when the message is sent.
 */
public record MessageTargets(Set<Long> userIds, Set<String> roleCodes, Set<Long> gridIds, Set<Long> deptIds,
                             Set<Long> groupIds) {

    public MessageTargets {
        userIds = copy(userIds);
        roleCodes = copy(roleCodes);
        gridIds = copy(gridIds);
        deptIds = copy(deptIds);
        groupIds = copy(groupIds);
    }

    public static MessageTargets none() {
        return new MessageTargets(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return userIds.isEmpty() && roleCodes.isEmpty() && gridIds.isEmpty() && deptIds.isEmpty() && groupIds.isEmpty();
    }

    private static <T> Set<T> copy(Collection<T> in) {
        Set<T> out = new LinkedHashSet<>();
        if (in != null) {
            in.stream().filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return Set.copyOf(out);
    }
}
