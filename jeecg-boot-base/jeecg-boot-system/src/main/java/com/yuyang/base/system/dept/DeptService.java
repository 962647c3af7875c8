package com.yuyang.base.system.dept;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.system.dept.DeptRequests.Node;
import com.yuyang.base.system.dept.DeptRequests.Save;
import com.yuyang.base.system.permission.PermissionChangedEvent;
import com.yuyang.base.system.permission.SysPermissionMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The department/unit tree: materialised paths, guarded moves and deletes, unit permission ceilings. */
@Service
public class DeptService {

    private final SysDeptMapper depts;
    private final DeptTreeMapper tree;
    private final DeptCeilingMapper ceilings;
    private final SysPermissionMapper permissions;
    private final UnitCeilingService ceilingCache;
    private final List<DeptReferenceCheck> references;
    private final ApplicationEventPublisher events;

    public DeptService(SysDeptMapper depts, DeptTreeMapper tree, DeptCeilingMapper ceilings,
                       SysPermissionMapper permissions, UnitCeilingService ceilingCache,
                       List<DeptReferenceCheck> references, ApplicationEventPublisher events) {
        this.depts = depts;
        this.tree = tree;
        this.ceilings = ceilings;
        this.permissions = permissions;
        this.ceilingCache = ceilingCache;
        this.references = references;
        this.events = events;
    }

    public List<Node> tree() {
        List<SysDept> all = depts.selectList(new LambdaQueryWrapper<SysDept>()
                .orderByAsc(SysDept::getSortNo).orderByAsc(SysDept::getId));
        Map<Long, Node> byId = new LinkedHashMap<>();
        all.forEach(d -> byId.put(d.getId(), Node.of(d)));
        List<Node> roots = new java.util.ArrayList<>();
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
        long parentId = req.parentId() == null ? 0L : req.parentId();
        long id = IdWorker.getId();
        SysDept d = new SysDept();
        d.setId(id);
        d.setTenantId(1L);
        d.setParentId(parentId);
        d.setPath(parentPath(parentId) + id + "/");
        apply(d, req);
        depts.insert(d);
        return get(id);
    }

    @Transactional
    public Node update(long id, Save req) {
        if (req.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysDept d = find(id);
        long newParent = req.parentId() == null ? d.getParentId() : req.parentId();
        String oldPath = d.getPath();
        boolean moved = newParent != d.getParentId();
        if (moved) {
            if (newParent == id) {
                throw BizException.badRequest("不能将部门移动到其自身之下");
            }
            String parentPath = parentPath(newParent);
            if (parentPath.startsWith(oldPath)) {
                throw BizException.badRequest("不能将部门移动到其下级部门之下");
            }
            d.setParentId(newParent);
            d.setPath(parentPath + id + "/");
        }
        apply(d, req);
        d.setVersion(req.version());
        if (depts.updateById(d) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        if (moved) {
            tree.rebaseSubtree(oldPath, d.getPath(), id);
            ceilingCache.evictAll();
            events.publishEvent(new DeptMovedEvent(id));
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        if (depts.selectCount(new LambdaQueryWrapper<SysDept>().eq(SysDept::getParentId, id)) > 0) {
            throw BizException.badRequest("该部门下存在下级部门，不能删除");
        }
        for (DeptReferenceCheck check : references) {
            check.blocksDelete(id).ifPresent(reason -> {
                throw BizException.badRequest(reason);
            });
        }
        depts.deleteById(id);
        ceilings.clear(id);
        ceilingCache.evictAll();
    }

    public List<Long> ceiling(long id) {
        find(id);
        return ceilings.permissionIdsOf(id);
    }

    @Transactional
    public List<Long> setCeiling(long id, List<Long> permissionIds) {
        find(id);
        var unique = new HashSet<>(permissionIds);
        if (!unique.isEmpty() && permissions.selectBatchIds(unique).size() != unique.size()) {
            throw BizException.badRequest("权限不存在");
        }
        ceilings.clear(id);
        unique.forEach(p -> ceilings.add(id, p));
        ceilingCache.evictAll();
        return ceilings.permissionIdsOf(id);
    }

    /** A deleted permission leaves every ceiling; any change of codes makes cached ceilings stale. */
    @EventListener
    public void onPermissionChanged(PermissionChangedEvent e) {
        if (e.deleted()) {
            ceilings.removePermission(e.permissionId());
        }
        ceilingCache.evictAll();
    }

    private void apply(SysDept d, Save req) {
        d.setName(req.name().trim());
        d.setCode(req.code());
        d.setCategory(req.category() == null ? "UNIT" : req.category());
        d.setLeaderUserId(req.leaderUserId());
        d.setSortNo(req.sortNo() == null ? 0 : req.sortNo());
        d.setStatus(req.status() == null ? "ACTIVE" : req.status());
        d.setRemark(req.remark());
    }

    private String parentPath(long parentId) {
        if (parentId == 0) {
            return "/";
        }
        SysDept parent = depts.selectById(parentId);
        if (parent == null) {
            throw BizException.badRequest("上级部门不存在");
        }
        return parent.getPath();
    }

    private SysDept find(long id) {
        SysDept d = depts.selectById(id);
        if (d == null) {
            throw BizException.notFound("部门不存在");
        }
        return d;
    }
}
