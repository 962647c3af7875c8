package com.yuyang.base.system.user;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.PasswordHasher;
import com.yuyang.base.core.security.TokenSessionService;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.system.dept.SysDept;
import com.yuyang.base.system.dept.SysDeptMapper;
import com.yuyang.base.system.grid.DataScopeCache;
import com.yuyang.base.system.grid.SysGridMapper;
import com.yuyang.base.system.grid.UserGridMapper;
import com.yuyang.base.system.role.RoleMemberMapper;
import com.yuyang.base.system.role.SysRoleMapper;
import com.yuyang.base.system.user.UserRequests.Create;
import com.yuyang.base.system.user.UserRequests.Query;
import com.yuyang.base.system.user.UserRequests.Update;
import com.yuyang.base.system.user.UserRequests.View;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * User administration. Phone and ID numbers are accepted in plain text, stored only as ciphertext plus a
 * keyed hash (exact search), and returned in plain text inside the view, where the {@code @Sensitive}
 * serializer masks them for callers without the view-sensitive permission.
 */
@Service
public class UserService {

    private final SysUserMapper users;
    private final RoleMemberMapper userRoles;
    private final UserGridMapper userGrids;
    private final SysDeptMapper depts;
    private final SysRoleMapper roles;
    private final SysGridMapper grids;
    private final FieldCipher cipher;
    private final DataScopeCache scopeCache;
    private final PasswordHasher passwords;
    private final TokenSessionService sessions;

    public UserService(SysUserMapper users, RoleMemberMapper userRoles, UserGridMapper userGrids, SysDeptMapper depts,
                       SysRoleMapper roles, SysGridMapper grids, FieldCipher cipher, DataScopeCache scopeCache,
                       PasswordHasher passwords, TokenSessionService sessions) {
        this.users = users;
        this.userRoles = userRoles;
        this.userGrids = userGrids;
        this.depts = depts;
        this.roles = roles;
        this.grids = grids;
        this.cipher = cipher;
        this.scopeCache = scopeCache;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    public PageResult<View> list(Query q) {
        LambdaQueryWrapper<SysUser> w = new LambdaQueryWrapper<SysUser>()
                .like(StringUtils.hasText(q.username()), SysUser::getUsername, q.username())
                .like(StringUtils.hasText(q.realName()), SysUser::getRealName, q.realName())
                .eq(StringUtils.hasText(q.status()), SysUser::getStatus, q.status())
                .eq(StringUtils.hasText(q.phone()), SysUser::getPhoneHash, cipher.hash(q.phone()))
                .orderByAsc(SysUser::getId);
        if (q.deptId() != null) {
            SysDept dept = depts.selectById(q.deptId());
            if (dept == null) {
                return new PageResult<>(List.of(), 0, 1, q.size() == null ? 20 : q.size());
            }
            List<Long> subtree = depts.selectList(new LambdaQueryWrapper<SysDept>()
                    .likeRight(SysDept::getPath, dept.getPath())).stream().map(SysDept::getId).toList();
            w.in(SysUser::getDeptId, subtree);
        }
        Page<SysUser> page = new Page<>(q.page() == null ? 1 : q.page(), q.size() == null ? 20 : q.size());
        return PageResult.of(users.selectPage(page, w), u -> view(u, false));
    }

    public View get(long id) {
        return view(find(id), true);
    }

    @Transactional
    public View create(Create req) {
        if (users.selectCount(new LambdaQueryWrapper<SysUser>().eq(SysUser::getUsername, req.username())) > 0) {
            throw BizException.conflict("用户名已存在");
        }
        checkRefs(req.deptId());
        SysUser u = new SysUser();
        u.setTenantId(1L);
        u.setUsername(req.username());
        passwords.checkPolicy(req.password());
        u.setPasswordHash(passwords.hash(req.password()));
        u.setPasswordChangedAt(LocalDateTime.now());
        u.setRealName(req.realName().trim());
        u.setEmail(emptyToNull(req.email()));
        u.setDeptId(req.deptId());
        u.setPositionId(req.positionId());
        u.setUserType(req.userType() == null ? "STAFF" : req.userType());
        u.setStatus(req.status() == null ? "ACTIVE" : req.status());
        u.setFailedCount(0);
        setPhone(u, emptyToNull(req.phone()));
        setIdCard(u, emptyToNull(req.idCard()));
        users.insert(u);
        return get(u.getId());
    }

    @Transactional
    public View update(long id, Update req) {
        SysUser u = find(id);
        checkRefs(req.deptId());
        boolean deptChanged = req.deptId() != null && !req.deptId().equals(u.getDeptId());
        u.setRealName(req.realName().trim());
        u.setEmail(emptyToNull(req.email()));
        u.setDeptId(req.deptId());
        u.setPositionId(req.positionId());
        if (req.userType() != null) {
            u.setUserType(req.userType());
        }
        if (req.status() != null) {
            u.setStatus(req.status());
        }
        if (req.phone() != null) {
            setPhone(u, emptyToNull(req.phone()));
        }
        if (req.idCard() != null) {
            setIdCard(u, emptyToNull(req.idCard()));
        }
        u.setVersion(req.version());
        if (users.updateById(u) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        clearNulls(id, req);
        if (deptChanged) {
            scopeCache.evictUser(id);
        }
        if ("DISABLED".equals(req.status())) {
            // a disabled account must not keep working through tokens issued before
            sessions.revokeAllOf(id);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        if (CurrentUser.get().map(c -> c.id() == id).orElse(false)) {
            throw BizException.badRequest("不能删除当前登录的用户");
        }
        users.deleteById(id);
        scopeCache.evictUser(id);
        sessions.revokeAllOf(id);
    }

    @Transactional
    public List<Long> bindRoles(long id, List<Long> roleIds) {
        find(id);
        var unique = new LinkedHashSet<>(roleIds);
        if (!unique.isEmpty() && roles.selectBatchIds(unique).size() != unique.size()) {
            throw BizException.badRequest("角色不存在");
        }
        userRoles.clearUser(id);
        unique.forEach(r -> userRoles.bind(id, r));
        scopeCache.evictUser(id);
        // permissions are computed at login: make the user log in again with the new roles
        sessions.revokeAllOf(id);
        return userRoles.roleIdsOfUser(id);
    }

    public long countByPosition(long positionId) {
        return users.selectCount(new LambdaQueryWrapper<SysUser>().eq(SysUser::getPositionId, positionId));
    }

    public List<Long> gridsOf(long id) {
        find(id);
        return userGrids.gridIdsOfUser(id);
    }

    @Transactional
    public List<Long> bindGrids(long id, List<Long> gridIds) {
        find(id);
        var unique = new LinkedHashSet<>(gridIds);
        if (!unique.isEmpty() && grids.selectBatchIds(unique).size() != unique.size()) {
            throw BizException.badRequest("网格不存在");
        }
        userGrids.clearUser(id);
        unique.forEach(g -> userGrids.bind(id, g));
        scopeCache.evictUser(id);
        return userGrids.gridIdsOfUser(id);
    }

    /** Fields cleared by the request (updateById skips nulls). */
    private void clearNulls(long id, Update req) {
        LambdaUpdateWrapper<SysUser> clear = new LambdaUpdateWrapper<SysUser>().eq(SysUser::getId, id);
        boolean any = false;
        if ("".equals(req.phone())) {
            clear.set(SysUser::getPhoneEnc, null).set(SysUser::getPhoneHash, null);
            any = true;
        }
        if ("".equals(req.idCard())) {
            clear.set(SysUser::getIdCardEnc, null).set(SysUser::getIdCardHash, null);
            any = true;
        }
        if (req.email() == null || req.email().isEmpty()) {
            clear.set(SysUser::getEmail, null);
            any = true;
        }
        if (req.deptId() == null) {
            clear.set(SysUser::getDeptId, null);
            any = true;
        }
        if (req.positionId() == null) {
            clear.set(SysUser::getPositionId, null);
            any = true;
        }
        if (any) {
            users.update(null, clear);
        }
    }

    private void setPhone(SysUser u, String phone) {
        u.setPhoneEnc(cipher.encrypt(phone));
        u.setPhoneHash(cipher.hash(phone));
    }

    private void setIdCard(SysUser u, String idCard) {
        String normalised = idCard == null ? null : idCard.toUpperCase();
        u.setIdCardEnc(cipher.encrypt(normalised));
        u.setIdCardHash(cipher.hash(normalised));
    }

    private void checkRefs(Long deptId) {
        if (deptId != null && depts.selectById(deptId) == null) {
            throw BizException.badRequest("所属部门不存在");
        }
    }

    private View view(SysUser u, boolean withBindings) {
        return new View(u.getId(), u.getUsername(), u.getRealName(), cipher.decrypt(u.getPhoneEnc()),
                cipher.decrypt(u.getIdCardEnc()), u.getEmail(), u.getDeptId(), u.getPositionId(), u.getUserType(),
                u.getStatus(), u.getLockUntil(), u.getLastLoginAt(), u.getVersion(), u.getCreateTime(),
                withBindings ? userRoles.roleIdsOfUser(u.getId()) : null,
                withBindings ? userGrids.gridIdsOfUser(u.getId()) : null);
    }

    private SysUser find(long id) {
        SysUser u = users.selectById(id);
        if (u == null) {
            throw BizException.notFound("用户不存在");
        }
        return u;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
