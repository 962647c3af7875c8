package ${pkg};

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ${code}: the generic online API's contract as typed code (result.records/result.total, optimistic
 * version → 409, logical delete, the same permission codes online:${code}:*). Grid isolation comes from
 * the platform's MyBatis-Plus interceptor<#if gridScoped> (the entity is @GridScoped)</#if>.
<#if kind == "master">
 * Master–detail: the body carries the detail rows under <#list details as d>"${d.code}"<#sep>, </#sep></#list>; saved in one transaction.
</#if>
<#if kind == "tree">
 * Tree: {@code GET ?parentId=} lists the children of a node (lazy loading), rows carry has_child; a node with
 * children cannot be deleted.
</#if>
 */
@RestController
@RequestMapping("/api/gen/${code}")
public class ${entity}Controller {

    private final ${entity}Service service;

    public ${entity}Controller(${entity}Service service) {
        this.service = service;
    }

    @GetMapping
    @RequiresPermissions("online:${code}:list")
    public Result<IPage<${entity}>> list(@RequestParam Map<String, String> params) {
        return Result.ok(service.page(params));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("online:${code}:list")
    public Result<${entity}> get(@PathVariable Long id) {
        ${entity} row = service.<#if kind == "master">getWithDetails<#else>getById</#if>(id);
        if (row == null) {
            throw BizException.notFound("数据不存在或无权访问");
        }
        return Result.ok(row);
    }

    @PostMapping
    @RequiresPermissions("online:${code}:add")
    public Result<String> add(@Valid @RequestBody ${entity} row) {
        row.setId(null);
        row.setVersion(0);
        row.setTenantId(CurrentUser.require().tenantId());
<#if kind == "tree">
        if (row.getParentId() == null) {
            row.setParentId(0L);
        }
        service.checkParent(null, row.getParentId());
</#if>
        service.<#if kind == "master">saveWithDetails<#else>save</#if>(row);
        return Result.ok("添加成功", String.valueOf(row.getId()));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("online:${code}:edit")
    public Result<Void> edit(@PathVariable Long id, @Valid @RequestBody ${entity} row) {
        if (row.getVersion() == null) {
            throw BizException.badRequest("版本号不能为空");
        }
        if (service.getById(id) == null) {
            throw BizException.notFound("数据不存在或无权访问");
        }
        row.setId(id);
        row.setTenantId(null); // never moved to another tenant by a client
<#if kind == "tree">
        if (row.getParentId() != null) {
            service.checkParent(id, row.getParentId());
        }
</#if>
        if (!service.<#if kind == "master">updateWithDetails<#else>updateById</#if>(row)) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        return Result.ok("修改成功", null);
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("online:${code}:delete")
    public Result<Void> delete(@PathVariable Long id) {
<#if kind == "tree">
        if (service.hasChildren(id)) {
            throw BizException.badRequest("存在下级节点，不能删除");
        }
</#if>
        if (!service.<#if kind == "master">removeWithDetails<#else>removeById</#if>(id)) {
            throw BizException.notFound("数据不存在或无权访问");
        }
        return Result.ok("删除成功", null);
    }

    @DeleteMapping
    @RequiresPermissions("online:${code}:delete")
    public Result<Integer> deleteBatch(@RequestParam String ids) {
        List<Long> list = new ArrayList<>();
        try {
            for (String s : ids.split(",")) {
                if (!s.isBlank()) {
                    list.add(Long.valueOf(s.trim()));
                }
            }
        } catch (NumberFormatException e) {
            throw BizException.badRequest("id 格式不正确");
        }
        if (list.isEmpty() || list.size() > 1000) {
            throw BizException.badRequest("请选择 1 到 1000 条数据");
        }
<#if kind == "tree">
        for (Long id : list) {
            if (service.hasChildren(id) && !list.containsAll(service.list(new com.baomidou.mybatisplus.core.conditions.query.QueryWrapper<${entity}>()
                    .eq("parent_id", id)).stream().map(${entity}::getId).toList())) {
                throw BizException.badRequest("存在下级节点，不能删除");
            }
        }
</#if>
<#if kind == "master">
        list.forEach(service::removeWithDetails);
<#else>
        service.removeByIds(list);
</#if>
        return Result.ok("删除成功", list.size());
    }
}
