package com.yuyang.base.system.role;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.role.RoleRequests.Grant;
import com.yuyang.base.system.role.RoleRequests.Query;
import com.yuyang.base.system.role.RoleRequests.Save;
import com.yuyang.base.system.role.RoleRequests.View;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Roles: CRUD, data scope and permission grants. */
@RestController
@Tag(name = "角色管理")
@RequestMapping("/api/sys/roles")
public class RoleController {

    private final RoleService service;

    public RoleController(RoleService service) {
        this.service = service;
    }

    @GetMapping
    @RequiresPermissions("sys:role:list")
    public Result<PageResult<View>> list(@Valid Query query) {
        return Result.ok(service.list(query));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:role:list")
    public Result<View> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @PostMapping
    @RequiresPermissions("sys:role:add")
    public Result<View> create(@Valid @RequestBody Save body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:role:edit")
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Save body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:role:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }

    @PutMapping("/{id}/permissions")
    @RequiresPermissions("sys:role:grant")
    public Result<List<Long>> grant(@PathVariable long id, @Valid @RequestBody Grant body) {
        return Result.ok(service.grant(id, body.permissionIds()));
    }
}
