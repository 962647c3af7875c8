package com.yuyang.base.system.grid.notice;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Create;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Query;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Update;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.View;
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

/** Grid notices (A9 demonstration table): list, get, create, update, delete within the caller's grids. */
@RestController
@Tag(name = "网格公告")
@RequestMapping("/api/sys/grid-notices")
public class GridNoticeController {

    private final GridNoticeService service;

    public GridNoticeController(GridNoticeService service) {
        this.service = service;
    }

    @GetMapping
    @RequiresPermissions("sys:grid-notice:list")
    public Result<PageResult<View>> list(@Valid Query query) {
        return Result.ok(service.list(query));
    }

    @GetMapping("/{id}")
    @RequiresPermissions("sys:grid-notice:list")
    public Result<View> get(@PathVariable long id) {
        return Result.ok(service.get(id));
    }

    @PostMapping
    @RequiresPermissions("sys:grid-notice:add")
    public Result<View> create(@Valid @RequestBody Create body) {
        return Result.ok(service.create(body));
    }

    @PutMapping("/{id}")
    @RequiresPermissions("sys:grid-notice:edit")
    public Result<View> update(@PathVariable long id, @Valid @RequestBody Update body) {
        return Result.ok(service.update(id, body));
    }

    @DeleteMapping("/{id}")
    @RequiresPermissions("sys:grid-notice:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
