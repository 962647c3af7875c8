package com.yuyang.base.system.permission;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.permission.PermissionRequests.Node;
import com.yuyang.base.system.permission.PermissionRequests.Save;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The menu/page/button/API permission tree; codes are unique, buttons and APIs must have one. */
@Service
public class PermissionService {

    private final SysPermissionMapper permissions;
    private final ApplicationEventPublisher events;

    public PermissionService(SysPermissionMapper permissions, ApplicationEventPublisher events) {
        this.permissions = permissions;
        this.events = events;
    }

    public List<Node> tree() {
        List<SysPermission> all = permissions.selectList(new LambdaQueryWrapper<SysPermission>()
                .orderByAsc(SysPermission::getSortNo).orderByAsc(SysPermission::getId));
        Map<Long, Node> byId = new LinkedHashMap<>();
        all.forEach(p -> byId.put(p.getId(), Node.of(p)));
        List<Node> roots = new ArrayList<>();
        for (Node n : byId.values()) {
            Node parent = byId.get(n.parentId());
            (parent == null ? roots : parent.children()).add(n);
        }
        return roots;
    }

    public Node get(long id) {
        return Node.of(find(id));
    }

    @Transactional
    public Node create(Save req) {
        SysPermission p = new SysPermission();
        apply(p, req, null);
        permissions.insert(p);
        return get(p.getId());
    }

    @Transactional
    public Node update(long id, Save req) {
        if (req.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysPermission p = find(id);
        apply(p, req, id);
        p.setVersion(req.version());
        if (permissions.updateById(p) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        events.publishEvent(new PermissionChangedEvent(id, false));
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        if (permissions.selectCount(new LambdaQueryWrapper<SysPermission>().eq(SysPermission::getParentId, id)) > 0) {
            throw BizException.badRequest("该菜单下存在下级菜单或按钮，不能删除");
        }
        permissions.deleteById(id);
        events.publishEvent(new PermissionChangedEvent(id, true));
    }

    private void apply(SysPermission p, Save req, Long self) {
        long parentId = req.parentId() == null ? 0L : req.parentId();
        checkParent(parentId, self);
        String code = StringUtils.hasText(req.code()) ? req.code() : null;
        if (code == null && ("BUTTON".equals(req.type()) || "API".equals(req.type()))) {
            throw BizException.badRequest("按钮和接口权限必须填写权限编码");
        }
        if (code != null) {
            SysPermission other = permissions.selectOne(new LambdaQueryWrapper<SysPermission>().eq(SysPermission::getCode, code));
            if (other != null && !other.getId().equals(self)) {
                throw BizException.conflict("权限编码已存在");
            }
        }
        p.setParentId(parentId);
        p.setType(req.type());
        p.setCode(code);
        p.setName(req.name().trim());
        p.setPath(req.path());
        p.setComponent(req.component());
        p.setIcon(req.icon());
        p.setSortNo(req.sortNo() == null ? 0 : req.sortNo());
        p.setHidden(req.hidden() == null ? 0 : req.hidden());
    }

    /** The parent must exist and must not be the node itself or one of its descendants. */
    private void checkParent(long parentId, Long self) {
        long cursor = parentId;
        int guard = 0;
        while (cursor != 0 && guard++ < 100) {
            if (self != null && cursor == self) {
                throw BizException.badRequest("不能将菜单移动到其自身或下级菜单之下");
            }
            SysPermission parent = permissions.selectById(cursor);
            if (parent == null) {
                throw BizException.badRequest("上级菜单不存在");
            }
            cursor = parent.getParentId();
        }
    }

    private SysPermission find(long id) {
        SysPermission p = permissions.selectById(id);
        if (p == null) {
            throw BizException.notFound("菜单或权限不存在");
        }
        return p;
    }
}
