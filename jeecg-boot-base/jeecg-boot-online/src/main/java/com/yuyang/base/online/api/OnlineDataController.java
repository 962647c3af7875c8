package com.yuyang.base.online.api;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.online.data.OnlineQueryService;
import com.yuyang.base.online.data.OnlineWriteService;
import com.yuyang.base.online.data.PageResult;
import com.yuyang.base.online.metadata.FormPermissionRegistrar.Action;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generic data API of every synced online form. The permission codes are data (online:&lt;form&gt;:&lt;action&gt;,
 * one set per form), so they are checked in each handler against the caller; the class-level annotation
 * makes login the floor.
 */
@RestController
@RequiresAuthentication
@RequestMapping("/api/online/data/{code}")
public class OnlineDataController {

    private final OnlineQueryService query;
    private final OnlineWriteService write;

    public OnlineDataController(OnlineQueryService query, OnlineWriteService write) {
        this.query = query;
        this.write = write;
    }

    @GetMapping
    public Result<PageResult> list(@PathVariable String code, @RequestParam Map<String, String> params) {
        OnlinePermissions.require(code, Action.LIST);
        return Result.ok(query.page(code, params));
    }

    @GetMapping("/{id}")
    public Result<Map<String, Object>> get(@PathVariable String code, @PathVariable String id) {
        OnlinePermissions.require(code, Action.LIST);
        return Result.ok(query.get(code, id(id)));
    }

    @PostMapping
    public Result<String> add(@PathVariable String code, @RequestBody Map<String, Object> body) {
        OnlinePermissions.require(code, Action.ADD);
        return Result.ok("添加成功", String.valueOf(write.create(code, body)));
    }

    @PutMapping("/{id}")
    public Result<Void> edit(@PathVariable String code, @PathVariable String id, @RequestBody Map<String, Object> body) {
        OnlinePermissions.require(code, Action.EDIT);
        write.update(code, id(id), body);
        return Result.ok("修改成功", null);
    }

    @DeleteMapping("/{id}")
    public Result<Void> delete(@PathVariable String code, @PathVariable String id) {
        OnlinePermissions.require(code, Action.DELETE);
        write.delete(code, List.of(id(id)));
        return Result.ok("删除成功", null);
    }

    /** Batch delete: {@code ?ids=1,2,3} (all or nothing: one id outside the caller's scope fails the batch). */
    @DeleteMapping
    public Result<Integer> deleteBatch(@PathVariable String code, @RequestParam String ids) {
        OnlinePermissions.require(code, Action.DELETE);
        Set<Long> parsed = new LinkedHashSet<>();
        for (String s : ids.split(",")) {
            if (!s.isBlank()) {
                parsed.add(id(s.trim()));
            }
        }
        return Result.ok("删除成功", write.delete(code, new ArrayList<>(parsed)));
    }

    static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BizException(400, "id 格式不正确", Map.of("id", "格式不正确"));
        }
    }
}
