package com.yuyang.base.system.grid;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.system.dept.SysDeptMapper;
import com.yuyang.base.system.grid.GridRequests.Member;
import com.yuyang.base.system.grid.GridRequests.Node;
import com.yuyang.base.system.grid.GridRequests.Save;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grids (A9): a multi-level tree per unit with materialised paths. A sub-grid belongs to its parent's unit.
 * Every structural change evicts the cached data scopes, which are derived from the tree.
 */
@Service
public class GridService {

    private final SysGridMapper grids;
    private final GridTreeMapper tree;
    private final UserGridMapper members;
    private final SysDeptMapper depts;
    private final DataScopeCache scopeCache;
    private final ObjectMapper json;
    private final GridDataScopeResolver scopes;

    public GridService(SysGridMapper grids, GridTreeMapper tree, UserGridMapper members, SysDeptMapper depts,
                       DataScopeCache scopeCache, ObjectMapper json, GridDataScopeResolver scopes) {
        this.grids = grids;
        this.tree = tree;
        this.members = members;
        this.depts = depts;
        this.scopeCache = scopeCache;
        this.json = json;
        this.scopes = scopes;
    }

    /** The grids the caller may work in (their data scope), flat, for pickers in forms. */
    public List<Node> mine() {
        DataScope scope = scopes.resolve(CurrentUser.require());
        if (!scope.all() && scope.gridIds().isEmpty()) {
            return List.of();
        }
        return grids.selectList(new LambdaQueryWrapper<SysGrid>()
                        .in(!scope.all(), SysGrid::getId, scope.gridIds())
                        .orderByAsc(SysGrid::getPath))
                .stream().map(Node::of).toList();
    }

    public List<Node> tree(Long deptId) {
        List<SysGrid> all = grids.selectList(new LambdaQueryWrapper<SysGrid>()
                .eq(deptId != null, SysGrid::getDeptId, deptId)
                .orderByAsc(SysGrid::getSortNo).orderByAsc(SysGrid::getId));
        Map<Long, Node> byId = new LinkedHashMap<>();
        all.forEach(g -> byId.put(g.getId(), Node.of(g)));
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

    public List<Member> members(long id) {
        find(id);
        return members.membersOf(id);
    }

    @Transactional
    public Node create(Save req) {
        long id = IdWorker.getId();
        SysGrid g = new SysGrid();
        g.setId(id);
        g.setTenantId(1L);
        placeUnder(g, req.parentId() == null ? 0L : req.parentId(), req.deptId());
        apply(g, req);
        grids.insert(g);
        scopeCache.evictAll();
        return get(id);
    }

    @Transactional
    public Node update(long id, Save req) {
        if (req.version() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        SysGrid g = find(id);
        String oldPath = g.getPath();
        int oldLevel = g.getLevelNo();
        long parentId = req.parentId() == null ? g.getParentId() : req.parentId();
        if (parentId == id) {
            throw BizException.badRequest("不能将网格移动到其自身之下");
        }
        placeUnder(g, parentId, req.deptId());
        if (g.getPath().startsWith(oldPath) && !g.getPath().equals(oldPath)) {
            throw BizException.badRequest("不能将网格移动到其下级网格之下");
        }
        apply(g, req);
        g.setVersion(req.version());
        if (grids.updateById(g) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        tree.rebaseSubtree(oldPath, g.getPath(), g.getLevelNo() - oldLevel, g.getDeptId(), id);
        scopeCache.evictAll();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        find(id);
        if (grids.selectCount(new LambdaQueryWrapper<SysGrid>().eq(SysGrid::getParentId, id)) > 0) {
            throw BizException.badRequest("该网格下存在子网格，不能删除");
        }
        if (members.countUsers(id) > 0) {
            throw BizException.badRequest("该网格下存在绑定用户，不能删除");
        }
        grids.deleteById(id);
        scopeCache.evictAll();
    }

    /** Sets parent, path, level and unit; a sub-grid inherits its parent's unit. */
    private void placeUnder(SysGrid g, long parentId, Long deptId) {
        if (depts.selectById(deptId) == null) {
            throw BizException.badRequest("所属单位不存在");
        }
        g.setParentId(parentId);
        g.setDeptId(deptId);
        if (parentId == 0) {
            g.setPath("/" + g.getId() + "/");
            g.setLevelNo(1);
            return;
        }
        SysGrid parent = grids.selectById(parentId);
        if (parent == null) {
            throw BizException.badRequest("上级网格不存在");
        }
        if (!parent.getDeptId().equals(deptId)) {
            throw BizException.badRequest("子网格必须与上级网格属于同一单位");
        }
        g.setPath(parent.getPath() + g.getId() + "/");
        g.setLevelNo(parent.getLevelNo() + 1);
    }

    private void apply(SysGrid g, Save req) {
        g.setName(req.name().trim());
        g.setCode(req.code());
        g.setGeojson(GeoJsonPolygon.validate(req.geojson(), json));
        g.setSortNo(req.sortNo() == null ? 0 : req.sortNo());
        g.setStatus(req.status() == null ? "ACTIVE" : req.status());
        g.setRemark(req.remark());
    }

    private SysGrid find(long id) {
        SysGrid g = grids.selectById(id);
        if (g == null) {
            throw BizException.notFound("网格不存在");
        }
        return g;
    }
}
