package com.yuyang.base.system.dept;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Request bodies and views of the department (unit) API. */
public final class DeptRequests {

    private DeptRequests() {
    }

    public record Save(
            @PositiveOrZero(message = "上级部门不正确") Long parentId,
            @NotBlank(message = "部门名称不能为空") @Size(max = 100, message = "部门名称不能超过 100 个字符") String name,
            @NotBlank(message = "部门编码不能为空") @Size(max = 64, message = "部门编码不能超过 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]+", message = "部门编码只能包含字母、数字、下划线和短横线") String code,
            @Pattern(regexp = "UNIT|DEPT", message = "部门类别只能是 UNIT（单位）或 DEPT（部门）") String category,
            @PositiveOrZero(message = "负责人不正确") Long leaderUserId,
            @Min(value = 0, message = "排序号不能为负数") @Max(value = 100000, message = "排序号过大") Integer sortNo,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status,
            @Size(max = 500, message = "备注不能超过 500 个字符") String remark,
            /** required on update (optimistic lock), ignored on create */
            Integer version) {
    }

    public record Ceiling(@NotNull(message = "权限列表不能为空")
                          @Size(max = 2000, message = "权限数量过多") List<@NotNull(message = "权限编号不能为空") Long> permissionIds) {
    }

    public record Node(Long id, Long parentId, String path, String name, String code, String category,
                       Long leaderUserId, Integer sortNo, String status, String remark, Integer version,
                       List<Node> children) {

        static Node of(SysDept d) {
            return new Node(d.getId(), d.getParentId(), d.getPath(), d.getName(), d.getCode(), d.getCategory(),
                    d.getLeaderUserId(), d.getSortNo(), d.getStatus(), d.getRemark(), d.getVersion(), new ArrayList<>());
        }
    }
}
