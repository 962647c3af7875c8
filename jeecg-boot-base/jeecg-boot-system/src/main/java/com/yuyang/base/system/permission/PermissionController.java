package com.yuyang.base.system.permission;

import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.permission.PermissionRequests.Node;
import com.yuyang.base.system.permission.PermissionRequests.Save;
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

/** Menus, pages, buttons and API permissions as one tree. */
@RestController
@Tag(name = "菜单权限")
@RequestMapping("/api/sys/permissions")
public class PermissionController {

    private final PermissionService service;

    public PermissionController(PermissionService service) {
        this.service = service;
    }

    @GetMapping("/tree")
    @RequiresPermissions("sys:permission:list")
    public Result<List<Node>> tree() {
        return Result.ok(service.tree());
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:permission:list")
    public Result<Node> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @PostMapping
    @RequiresPermissions("sys:permission:add")
    public Result<Node> create(@Valid @RequestBody Save body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:permission:edit")
    public Result<Node> update(@PathVariable long id, @Valid @RequestBody Save body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:permission:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
