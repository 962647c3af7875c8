package com.yuyang.base.system.role;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies and views of the role API. */
public final class RoleRequests {

    private RoleRequests() {
    }

    public record Save(
            @NotBlank(message = "角色编码不能为空") @Size(max = 64, message = "角色编码不能超过 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]+", message = "角色编码只能包含字母、数字、下划线和短横线") String code,
            @NotBlank(message = "角色名称不能为空") @Size(max = 100, message = "角色名称不能超过 100 个字符") String name,
            @NotBlank(message = "数据范围不能为空")
            @Pattern(regexp = "ALL|DEPT|GRID", message = "数据范围只能是 ALL（全部）、DEPT（本单位）或 GRID（本网格）") String dataScope,
            @Size(max = 500, message = "备注不能超过 500 个字符") String remark,
            Integer version) {
    }

    public record Grant(@NotNull(message = "权限列表不能为空") @Size(max = 5000, message = "权限数量过多")
                        List<@NotNull(message = "权限编号不能为空") Long> permissionIds) {
    }

    public record Query(
            @Size(max = 64, message = "角色编码不能超过 64 个字符") String code,
            @Size(max = 100, message = "角色名称不能超过 100 个字符") String name,
            @Min(value = 1, message = "页码必须大于等于 1") Integer page,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {
    }

    public record View(Long id, String code, String name, String dataScope, String remark, Integer version,
                       List<Long> permissionIds) {

        static View of(SysRole r, List<Long> permissionIds) {
            return new View(r.getId(), r.getCode(), r.getName(), r.getDataScope(), r.getRemark(), r.getVersion(),
                    permissionIds);
        }
    }
}
