package com.yuyang.base.message.group;

import com.yuyang.base.core.web.Result;
import com.yuyang.base.message.group.GroupRequests.Save;
import com.yuyang.base.message.group.GroupRequests.View;
import io.swagger.v3.oas.annotations.Operation;
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

/** Custom notification groups (通知分组). */
@Tag(name = "消息中心-通知分组")
@RestController
@RequestMapping("/api/msg/groups")
public class GroupController {

    private final GroupService service;

    public GroupController(GroupService service) {
        this.service = service;
    }

    @Operation(summary = "通知分组列表（含成员）")
    @GetMapping
    @RequiresPermissions("msg:group:list")
    public Result<List<View>> list() {
        return Result.ok(service.list());
    }

    @Operation(summary = "新增通知分组")
    @PostMapping
    @RequiresPermissions("msg:group:add")
    public Result<View> create(@Valid @RequestBody Save body) {
        return Result.ok(service.create(body));
    }

    @Operation(summary = "编辑通知分组（成员整体替换）")
    @PutMapping("/{id}")
    @RequiresPermissions("msg:group:edit")
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Save body) {
        return Result.ok(service.update(id, body));
    }

    @Operation(summary = "删除通知分组")
    @DeleteMapping("/{id}")
    @RequiresPermissions("msg:group:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
