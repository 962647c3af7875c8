package com.yuyang.base.message.target;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rejects targets chosen by a person that do not exist (400, Chinese, naming the unknown ids), so that
 * a typo never silently reaches nobody. System senders skip this: their targets come from data.
 */
@Component
public class TargetChecker {

    public static final int MAX_PER_KIND = 1000;

    private final UserDirectory org;
    private final GroupLookup groups;

    public TargetChecker(UserDirectory org, GroupLookup groups) {
        this.org = org;
        this.groups = groups;
    }

    public void requireKnown(long tenantId, MessageTargets t, boolean allowGroups) {
        if (t.isEmpty()) {
            throw BizException.badRequest("请至少选择一个接收对象（用户、角色、网格、部门或分组）");
        }
        if (!allowGroups && !t.groupIds().isEmpty()) {
            throw BizException.badRequest("分组成员不能包含其他分组");
        }
        for (Collection<?> c : java.util.List.of(t.userIds(), t.roleCodes(), t.gridIds(), t.deptIds(), t.groupIds())) {
            if (c.size() > MAX_PER_KIND) {
                throw BizException.badRequest("每类接收对象最多 " + MAX_PER_KIND + " 个");
            }
        }
        missing("用户", t.userIds(), org.activeUsers(tenantId, t.userIds()));
        missing("角色", t.roleCodes(), org.existingRoleCodes(tenantId, t.roleCodes()));
        missing("网格", t.gridIds(), org.existingGridIds(tenantId, t.gridIds()));
        missing("部门", t.deptIds(), org.existingDeptIds(tenantId, t.deptIds()));
        missing("通知分组", t.groupIds(), groups.existingGroupIds(tenantId, t.groupIds()));
    }

    private static <T> void missing(String kind, Set<T> asked, Set<T> found) {
        String unknown = asked.stream().filter(x -> !found.contains(x)).map(String::valueOf)
                .collect(Collectors.joining("、"));
        if (!unknown.isEmpty()) {
            throw BizException.badRequest(kind + "不存在或已停用：" + unknown);
        }
    }
}
