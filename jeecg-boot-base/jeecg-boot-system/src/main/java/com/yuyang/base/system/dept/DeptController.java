package com.yuyang.base.system.dept;

import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.dept.DeptRequests.Ceiling;
import com.yuyang.base.system.dept.DeptRequests.Node;
import com.yuyang.base.system.dept.DeptRequests.Save;
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

/** Departments/units as a tree, and the unit permission ceiling. */
@RestController
@Tag(name = "部门管理")
@RequestMapping("/api/sys/depts")
public class DeptController {

    private final DeptService service;

    public DeptController(DeptService service) {
        this.service = service;
    }

    @GetMapping("/tree")
    @RequiresPermissions("sys:dept:list")
    public Result<List<Node>> tree() {
        return Result.ok(service.tree());
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:dept:list")
    public Result<Node> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @PostMapping
    @RequiresPermissions("sys:dept:add")
    public Result<Node> create(@Valid @RequestBody Save body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:dept:edit")
    public Result<Node> update(@PathVariable long id, @Valid @RequestBody Save body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:dept:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }

    @GetMapping("/{id}/ceiling")
    @RequiresPermissions("sys:dept:ceiling")
    public Result<List<Long>> ceiling(@PathVariable long id) {
        return Result.ok(service.ceiling(id));
    }

    @PutMapping("/{id}/ceiling")
    @RequiresPermissions("sys:dept:ceiling")
    public Result<List<Long>> setCeiling(@PathVariable long id, @Valid @RequestBody Ceiling body) {
        return Result.ok(service.setCeiling(id, body.permissionIds()));
    }
}
