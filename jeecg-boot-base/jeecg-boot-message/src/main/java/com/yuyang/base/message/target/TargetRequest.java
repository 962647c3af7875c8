package com.yuyang.base.message.target;

import com.yuyang.base.message.api.MessageTargets;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Targets as a person chooses them in a request body; existence is checked by {@link TargetChecker}. */
public record TargetRequest(
        @Size(max = 1000, message = "用户最多选择 1000 个") List<Long> userIds,
        @Size(max = 100, message = "角色最多选择 100 个") List<@Size(max = 64, message = "角色编码过长") String> roleCodes,
        @Size(max = 1000, message = "网格最多选择 1000 个") List<Long> gridIds,
        @Size(max = 1000, message = "部门最多选择 1000 个") List<Long> deptIds,
        @Size(max = 100, message = "分组最多选择 100 个") List<Long> groupIds) {

    public MessageTargets toTargets() {
        return new MessageTargets(set(userIds), set(roleCodes), set(gridIds), set(deptIds), set(groupIds));
    }

    private static <T> java.util.Set<T> set(List<T> in) {
        return in == null ? null : new java.util.LinkedHashSet<>(in);
    }
}
