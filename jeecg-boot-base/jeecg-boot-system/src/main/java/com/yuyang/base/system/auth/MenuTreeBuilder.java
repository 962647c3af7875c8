package com.yuyang.base.system.auth;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.permission.SysPermission;
import com.yuyang.base.system.permission.SysPermissionMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The navigation tree a user may see: a PAGE is visible when its code is granted (or it needs none),
 * a MENU when anything below it is visible (or its own code is granted). Admin sees every node.
 * The permission table is read once per short interval: it changes rarely and user/info is hot.
 */
@Component
public class MenuTreeBuilder {

    private static final long CACHE_MILLIS = 10_000;
    private static final Set<String> NAV_TYPES = Set.of("MENU", "PAGE");

    private final SysPermissionMapper permissions;
    private volatile List<SysPermission> cached;
    private volatile long cachedAt;

    public MenuTreeBuilder(SysPermissionMapper permissions) {
        this.permissions = permissions;
    }

    public List<MenuNode> build(LoginUser user) {
        Map<Long, List<SysPermission>> byParent = new HashMap<>();
        for (SysPermission p : navigation()) {
            byParent.computeIfAbsent(p.getParentId() == null ? 0L : p.getParentId(), k -> new ArrayList<>()).add(p);
        }
        return children(0L, byParent, user);
    }

    private List<MenuNode> children(long parentId, Map<Long, List<SysPermission>> byParent, LoginUser user) {
        List<MenuNode> out = new ArrayList<>();
        for (SysPermission p : byParent.getOrDefault(parentId, List.of())) {
            List<MenuNode> kids = children(p.getId(), byParent, user);
            boolean granted = user.admin() || (p.getCode() != null && user.permissions().contains(p.getCode()));
            boolean visible = "PAGE".equals(p.getType()) ? granted || p.getCode() == null : granted || !kids.isEmpty();
            if (visible) {
                out.add(new MenuNode(p.getId(), parentId, p.getType(), p.getCode(), p.getName(), p.getPath(),
                        p.getComponent(), p.getIcon(), p.getSortNo() == null ? 0 : p.getSortNo(),
                        p.getHidden() != null && p.getHidden() == 1, kids));
            }
        }
        return out;
    }

    private List<SysPermission> navigation() {
        List<SysPermission> list = cached;
        long now = System.currentTimeMillis();
        if (list == null || now - cachedAt > CACHE_MILLIS) {
            list = permissions.selectList(new LambdaQueryWrapper<SysPermission>()
                            .in(SysPermission::getType, NAV_TYPES))
                    .stream()
                    .sorted(Comparator.comparing((SysPermission p) -> p.getSortNo() == null ? 0 : p.getSortNo())
                            .thenComparing(SysPermission::getId))
                    .toList();
            cached = list;
            cachedAt = now;
        }
        return list;
    }
}
