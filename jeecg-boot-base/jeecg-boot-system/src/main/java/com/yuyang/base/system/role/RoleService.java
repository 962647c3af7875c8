package com.yuyang.base.system.role;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.system.grid.DataScopeCache;
import com.yuyang.base.system.permission.PermissionChangedEvent;
import com.yuyang.base.system.permission.SysPermissionMapper;
import com.yuyang.base.system.role.RoleRequests.Query;
import com.yuyang.base.system.role.RoleRequests.Save;
import com.yuyang.base.system.role.RoleRequests.View;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import java.util.LinkedHashSet;
import java.util.List;

/** Roles, their data scope and their permission grants. */
@Service
public class RoleService {

    private final SysRoleMapper roles;
    private final RolePermissionMapper grants;
    private final RoleMemberMapper userRoles;
    private final SysPermissionMapper permissions;
    private final DataScopeCache scopeCache;

    public RoleService(SysRoleMapper roles, RolePermissionMapper grants, RoleMemberMapper userRoles,
                       SysPermissionMapper permissions, DataScopeCache scopeCache) {
        this.roles = roles;
        this.grants = grants;
        this.userRoles = userRoles;
        this.permissions = permissions;
        this.scopeCache = scopeCache;
    }

    public PageResult<View> list(Query q) {
        Page<SysRole> page = new Page<>(q.page() == null ? 1 : q.page(), q.size() == null ? 20 : q.size());
        LambdaQueryWrapper<SysRole> w = new LambdaQueryWrapper<SysRole>()
                .like(StringUtils.hasText(q.code()), SysRole::getCode, q.code())
                .like(StringUtils.hasText(q.name()), SysRole::getName, q.name())
                .orderByAsc(SysRole::getId);
        return PageResult.of(roles.selectPage(page, w), r -> View.of(r, null));
    }

    public View get(long id) {
        return View.of(find(id), grants.permissionIdsOf(id));
    }

    @Transactional
    public View create(Save req) {
        requireUniqueCode(req.code(), null);
        SysRole r = new SysRole();
        r.setTenantId(1L);
        apply(r, req);
        roles.insert(r);
        return get(r.getId());
    }

    @Transactional
    public View update(long id, Save req) {
        if (req.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysRole r = find(id);
        requireUniqueCode(req.code(), id);
        boolean scopeChanged = !req.dataScope().equals(r.getDataScope());
        apply(r, req);
        r.setVersion(req.version());
        if (roles.updateById(r) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        if (scopeChanged) {
            userRoles.userIdsOfRole(id).forEach(scopeCache::evictUser);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        if (userRoles.countUsersOfRole(id) > 0) {
            throw BizException.badRequest("该角色下存在用户，不能删除");
        }
        roles.deleteById(id);
        grants.clear(id);
    }

    @Transactional
    public List<Long> grant(long id, List<Long> permissionIds) {
        find(id);
        var unique = new LinkedHashSet<>(permissionIds);
        if (!unique.isEmpty() && permissions.selectBatchIds(unique).size() != unique.size()) {
            throw BizException.badRequest("权限不存在");
        }
        grants.clear(id);
        unique.forEach(p -> grants.grant(id, p));
        return grants.permissionIdsOf(id);
    }

    @EventListener
    public void onPermissionChanged(PermissionChangedEvent e) {
        if (e.deleted()) {
            grants.removePermission(e.permissionId());
        }
    }

    private void apply(SysRole r, Save req) {
        r.setCode(req.code());
        r.setName(req.name().trim());
        r.setDataScope(req.dataScope());
        r.setRemark(req.remark());
    }

    private void requireUniqueCode(String code, Long self) {
        SysRole other = roles.selectOne(new LambdaQueryWrapper<SysRole>().eq(SysRole::getCode, code));
        if (other != null && !other.getId().equals(self)) {
            throw BizException.conflict("角色编码已存在");
        }
    }

    private SysRole find(long id) {
        SysRole r = roles.selectById(id);
        if (r == null) {
            throw BizException.notFound("角色不存在");
        }
        return r;
    }
}
