package com.yuyang.base.system.config;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "配置项")
@Validated
@RestController
@RequestMapping("/api/sys/configs")
public class ConfigController {

    private final ConfigAdminService service;

    public ConfigController(ConfigAdminService service) {
        this.service = service;
    }

    @Operation(summary = "配置项分页列表（tenantId 为空且 systemOnly=true 时只列系统级）")
    @RequiresPermissions("sys:config:list")
    @GetMapping
    public Result<Page<SysConfig>> page(
            @RequestParam(required = false) @Size(max = 100, message = "关键字不能超过 100 个字符") String keyword,
            @RequestParam(required = false) @Positive(message = "租户编号不正确") Long tenantId,
            @RequestParam(defaultValue = "false") boolean systemOnly,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从 1 开始") long pageNo,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为 1") @Max(value = 200, message = "每页条数不能超过 200") long pageSize) {
        return Result.ok(service.page(keyword, tenantId, systemOnly, pageNo, pageSize));
    }

    @Operation(summary = "配置项详情")
    @RequiresPermissions("sys:config:list")
    @GetMapping("/{id}")
    public Result<SysConfig> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @Operation(summary = "新增配置项")
    @RequiresPermissions("sys:config:add")
    @PostMapping
    public Result<SysConfig> create(@Valid @RequestBody ConfigBody body) {
        return Result.ok(service.create(body));
    }

    @Operation(summary = "修改配置项")
    @RequiresPermissions("sys:config:edit")
    @PutMapping("/{id}")
    public Result<SysConfig> update(@PathVariable long id, @Valid @RequestBody ConfigBody body) {
        return Result.ok(service.update(id, body));
    }

    @Operation(summary = "删除配置项")
    @RequiresPermissions("sys:config:delete")
    @DeleteMapping("/{id}")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
