package com.yuyang.base.system.dict;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
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

import java.util.List;

@Tag(name = "数据字典")
@Validated
@RestController
@RequestMapping("/api/sys/dicts")
public class DictController {

    private final DictService service;
    private final DictCache cache;

    public DictController(DictService service, DictCache cache) {
        this.service = service;
        this.cache = cache;
    }

    public record DictDetail(SysDict dict, List<SysDictItem> items) {
    }

    @Operation(summary = "字典分页列表")
    @RequiresPermissions("sys:dict:list")
    @GetMapping
    public Result<Page<SysDict>> page(
            @RequestParam(required = false) @Size(max = 64, message = "关键字不能超过 64 个字符") String keyword,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "页码从 1 开始") long pageNo,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "每页条数至少为 1") @Max(value = 200, message = "每页条数不能超过 200") long pageSize) {
        return Result.ok(service.page(keyword, pageNo, pageSize));
    }

    @Operation(summary = "字典详情（含全部字典项）")
    @RequiresPermissions("sys:dict:list")
    @GetMapping("/{id:\\d+}")
    public Result<DictDetail> get(@PathVariable long id) {
        return Result.ok(new DictDetail(service.get(id), service.itemsOf(id)));
    }

    @Operation(summary = "按编码取启用的字典项（任何已登录用户）")
    @RequiresAuthentication
    @GetMapping("/{code}/items")
    public Result<List<DictItemView>> items(
            @PathVariable @Pattern(regexp = "^[a-z][a-z0-9_]{1,63}$", message = "字典编码格式不正确") String code) {
        return Result.ok(cache.items(code));
    }

    @Operation(summary = "新增字典")
    @RequiresPermissions("sys:dict:add")
    @PostMapping
    public Result<SysDict> create(@Valid @RequestBody DictRequests.DictBody body) {
        return Result.ok(service.create(body));
    }

    @Operation(summary = "修改字典")
    @RequiresPermissions("sys:dict:edit")
    @PutMapping("/{id}")
    public Result<SysDict> update(@PathVariable long id, @Valid @RequestBody DictRequests.DictBody body) {
        return Result.ok(service.update(id, body));
    }

    @Operation(summary = "删除字典（连同字典项）")
    @RequiresPermissions("sys:dict:delete")
    @DeleteMapping("/{id}")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }

    @Operation(summary = "新增字典项")
    @RequiresPermissions("sys:dict:edit")
    @PostMapping("/{id}/items")
    public Result<SysDictItem> addItem(@PathVariable long id, @Valid @RequestBody DictRequests.ItemBody body) {
        return Result.ok(service.addItem(id, body));
    }

    @Operation(summary = "修改字典项")
    @RequiresPermissions("sys:dict:edit")
    @PutMapping("/items/{itemId}")
    public Result<SysDictItem> updateItem(@PathVariable long itemId, @Valid @RequestBody DictRequests.ItemBody body) {
        return Result.ok(service.updateItem(itemId, body));
    }

    @Operation(summary = "删除字典项")
    @RequiresPermissions("sys:dict:edit")
    @DeleteMapping("/items/{itemId}")
    public Result<Void> deleteItem(@PathVariable long itemId) {
        service.deleteItem(itemId);
        return Result.ok();
    }
}
