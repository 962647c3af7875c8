package com.yuyang.base.system.user;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.user.UserRequests.Create;
import com.yuyang.base.system.user.UserRequests.GridBinding;
import com.yuyang.base.system.user.UserRequests.Query;
import com.yuyang.base.system.user.UserRequests.RoleBinding;
import com.yuyang.base.system.user.UserRequests.Update;
import com.yuyang.base.system.user.UserRequests.View;
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

/** User administration: accounts, role bindings and grid bindings. */
@RestController
@Tag(name = "用户管理")
@RequestMapping("/api/sys/users")
public class UserController {

    private final UserService service;

    public UserController(UserService service) {
        this.service = service;
    }

    @GetMapping
    @RequiresPermissions("sys:user:list")
    public Result<PageResult<View>> list(@Valid Query query) {
        return Result.ok(service.list(query));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:user:list")
    public Result<View> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @PostMapping
    @RequiresPermissions("sys:user:add")
    public Result<View> create(@Valid @RequestBody Create body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:user:edit")
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Update body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:user:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }

    @PutMapping("/{id}/roles")
    @RequiresPermissions("sys:user:edit")
    public Result<List<Long>> bindRoles(@PathVariable long id, @Valid @RequestBody RoleBinding body) {
        return Result.ok(service.bindRoles(id, body.roleIds()));
    }

    @GetMapping("/{id}/grids")
    @RequiresPermissions("sys:user:list")
    public Result<List<Long>> grids(@PathVariable long id) {
        return Result.ok(service.gridsOf(id));
    }

    @PutMapping("/{id}/grids")
    @RequiresPermissions("sys:user:grid")
    public Result<List<Long>> bindGrids(@PathVariable long id, @Valid @RequestBody GridBinding body) {
        return Result.ok(service.bindGrids(id, body.gridIds()));
    }
}
