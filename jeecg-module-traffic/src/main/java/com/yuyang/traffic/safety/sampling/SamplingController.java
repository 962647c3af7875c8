package com.yuyang.traffic.safety.sampling;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "安全监管-随机抽检")
@RestController
@RequestMapping("/api/safety/sampling")
public class SamplingController {

    private final SamplingService service;
    private final SamplingHistory history;
    private final SamplingOptions options;

    public SamplingController(SamplingService service, SamplingHistory history, SamplingOptions options) {
        this.service = service;
        this.history = history;
        this.options = options;
    }

    @Operation(summary = "发起随机抽检（A4）",
            description = "范围可选（unitId/deptIds/gridIds/industryIds，缺省为调用者网格范围内全部主体）；subjectRatio 与 subjectCount 二选一；"
                    + "返回 batchId、tasks[]（subjectId、inspectorId、itemIds）与 unassigned[]（subjectId、reason）。")
    @RequiresPermissions("safety:sampling:add")
    @PostMapping
    public Result<SamplingResult> sample(@Valid @RequestBody SamplingRequest request) {
        return Result.ok(service.sample(request));
    }

    @Operation(summary = "抽检范围可选项：本人单位及下级单位、本人网格范围内的网格、启用的行业（二维码打印页的查询条件也用它）")
    @RequiresPermissions(value = {"safety:sampling:list", "safety:sampling:add", "safety:qrcode:view"}, logical = Logical.OR)
    @GetMapping("/options")
    public Result<SamplingOptions.Options> options() {
        return Result.ok(options.of(CurrentUser.require()));
    }

    @Operation(summary = "抽检批次历史（本人发起的，或含本人网格范围内主体的批次），最新在前")
    @RequiresPermissions("safety:sampling:list")
    @GetMapping("/batches")
    public Result<SamplingHistory.Page> batches(@RequestParam(defaultValue = "1") int pageNo,
                                                @RequestParam(defaultValue = "10") int pageSize) {
        return Result.ok(history.batches(CurrentUser.require(), pageNo, pageSize));
    }

    @Operation(summary = "抽检批次详情：派单任务（主体、网格、检查人员、检查项名称）与未能派单的主体及原因；仅含本人网格范围内的主体")
    @RequiresPermissions("safety:sampling:list")
    @GetMapping("/batches/{id}")
    public Result<SamplingHistory.Detail> batch(@PathVariable long id) {
        return Result.ok(history.batch(id, CurrentUser.require()));
    }
}
