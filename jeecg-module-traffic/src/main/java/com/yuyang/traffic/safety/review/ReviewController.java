package com.yuyang.traffic.safety.review;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Service centre (A10 审核管理): check submitted data against the centre's records and decide. */
@Tag(name = "安全监管-审核管理")
@RestController
@RequestMapping("/api/safety/reviews")
public class ReviewController {

    private final ReviewService service;

    public ReviewController(ReviewService service) {
        this.service = service;
    }

    @Operation(summary = "待审核/已审核资料（本人网格范围内的主体）")
    @RequiresPermissions("safety:review:list")
    @GetMapping
    public Result<List<Map<String, Object>>> queue(@RequestParam(required = false) String status,
                                                   @RequestParam(required = false) String kind) {
        return Result.ok(service.queue(status, kind, CurrentUser.require()));
    }

    @Operation(summary = "审核资料详情：提交值（data）与档案现值（current）对照")
    @RequiresPermissions("safety:review:list")
    @GetMapping("/{id}")
    public Result<Map<String, Object>> detail(@PathVariable long id) {
        return Result.ok(service.detail(id, CurrentUser.require()));
    }

    @Operation(summary = "审核通过：资料写入主体/从业人员档案")
    @RequiresPermissions("safety:review:handle")
    @PostMapping("/{id}/approve")
    public Result<Map<String, Object>> approve(@PathVariable long id) {
        return Result.ok("审核通过", service.approve(id, CurrentUser.require()));
    }

    @Operation(summary = "退回并说明原因（企业可修改后重新提交）")
    @RequiresPermissions("safety:review:handle")
    @PostMapping("/{id}/return")
    public Result<Map<String, Object>> sendBack(@PathVariable long id, @Valid @RequestBody ReviewRequests.Return body) {
        return Result.ok("已退回", service.sendBack(id, body.reason(), CurrentUser.require()));
    }

    @Operation(summary = "不予受理：“您不属于本中心从业人员或运输单位”")
    @RequiresPermissions("safety:review:handle")
    @PostMapping("/{id}/reject")
    public Result<Map<String, Object>> reject(@PathVariable long id) {
        return Result.ok(ReviewService.NOT_OURS, service.reject(id, CurrentUser.require()));
    }
}
