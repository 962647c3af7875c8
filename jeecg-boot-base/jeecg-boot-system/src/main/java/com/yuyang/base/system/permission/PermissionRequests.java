package com.yuyang.base.system.permission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Request bodies and views of the permission (menu) API. */
public final class PermissionRequests {

    private PermissionRequests() {
    }

    public record Save(
            @PositiveOrZero(message = "上级菜单不正确") Long parentId,
            @NotBlank(message = "类型不能为空")
            @Pattern(regexp = "MENU|PAGE|BUTTON|API", message = "类型只能是 MENU、PAGE、BUTTON 或 API") String type,
            @Size(max = 100, message = "权限编码不能超过 100 个字符")
            @Pattern(regexp = "[A-Za-z0-9_:.-]*", message = "权限编码只能包含字母、数字和 _ : . -") String code,
            @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称不能超过 100 个字符") String name,
            @Size(max = 255, message = "路由地址不能超过 255 个字符") String path,
            @Size(max = 255, message = "组件路径不能超过 255 个字符") String component,
            @Size(max = 64, message = "图标不能超过 64 个字符") String icon,
            @Min(value = 0, message = "排序号不能为负数") @Max(value = 100000, message = "排序号过大") Integer sortNo,
            @Min(value = 0, message = "是否隐藏只能是 0 或 1") @Max(value = 1, message = "是否隐藏只能是 0 或 1") Integer hidden,
            Integer version) {
    }

    public record Node(Long id, Long parentId, String type, String code, String name, String path, String component,
                       String icon, Integer sortNo, Integer hidden, Integer version, List<Node> children) {

        static Node of(SysPermission p) {
            return new Node(p.getId(), p.getParentId(), p.getType(), p.getCode(), p.getName(), p.getPath(),
                    p.getComponent(), p.getIcon(), p.getSortNo(), p.getHidden(), p.getVersion(), new ArrayList<>());
        }
    }
}
