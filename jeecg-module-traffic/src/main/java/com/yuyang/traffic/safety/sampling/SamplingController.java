package com.yuyang.traffic.safety.sampling;

import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "安全监管-随机抽检")
@RestController
@RequestMapping("/api/safety/sampling")
public class SamplingController {

    private final SamplingService service;

    public SamplingController(SamplingService service) {
        this.service = service;
    }

    @Operation(summary = "发起随机抽检（A4）",
            description = "范围可选（unitId/deptIds/gridIds/industryIds，缺省为调用者网格范围内全部主体）；subjectRatio 与 subjectCount 二选一；"
                    + "返回 batchId、tasks[]（subjectId、inspectorId、itemIds）与 unassigned[]（subjectId、reason）。")
    @RequiresPermissions("safety:sampling:add")
    @PostMapping
    public Result<SamplingResult> sample(@Valid @RequestBody SamplingRequest request) {
        return Result.ok(service.sample(request));
    }
}
