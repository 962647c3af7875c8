package com.yuyang.base.system.grid;

import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.grid.GridRequests.Member;
import com.yuyang.base.system.grid.GridRequests.Node;
import com.yuyang.base.system.grid.GridRequests.Save;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
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

import java.util.List;

/** Grid administration: the tree per unit, outlines, and the users bound to a grid. */
@RestController
@Tag(name = "网格管理")
@RequestMapping("/api/sys/grids")
public class GridController {

    private final GridService service;

    public GridController(GridService service) {
        this.service = service;
    }

    @GetMapping("/tree")
    @RequiresPermissions("sys:grid:list")
    public Result<List<Node>> tree(@RequestParam(required = false) Long deptId) {
        return Result.ok(service.tree(deptId));
    }

    @GetMapping("/mine")
    @RequiresAuthentication
    public Result<List<Node>> mine() {
        return Result.ok(service.mine());
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:grid:list")
    public Result<Node> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @GetMapping("/{id}/users")
    @RequiresPermissions("sys:grid:list")
    public Result<List<Member>> users(@PathVariable long id) {
        return Result.ok(service.members(id));
    }

    @PostMapping
    @RequiresPermissions("sys:grid:add")
    public Result<Node> create(@Valid @RequestBody Save body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:grid:edit")
    public Result<Node> update(@PathVariable long id, @Valid @RequestBody Save body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:grid:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
