package com.yuyang.traffic.enforcement.route;

import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@Tag(name = "智慧执法-流转路线")
@RestController
@RequestMapping("/api/enforcement/routes")
public class RouteController {

    private final RouteService service;

    public RouteController(RouteService service) {
        this.service = service;
    }

    @Operation(summary = "可选环节（录入、派单、核实、立案、现场取证、处置措施、流转、结案、公示期、接受申诉、处置）")
    @RequiresPermissions("enforcement:route:list")
    @GetMapping("/stages")
    public Result<List<Map<String, Object>>> stages() {
        return Result.ok(service.stageCatalogue());
    }

    @Operation(summary = "全部小类及其当前路线版本")
    @RequiresPermissions("enforcement:route:list")
    @GetMapping
    public Result<List<Map<String, Object>>> overview() {
        return Result.ok(service.overview());
    }

    @Operation(summary = "小类的当前路线与历史版本")
    @RequiresPermissions("enforcement:route:list")
    @GetMapping("/{categoryId}")
    public Result<Map<String, Object>> view(@PathVariable long categoryId) {
        return Result.ok(service.view(categoryId));
    }

    @Operation(summary = "小类路线的某个历史版本")
    @RequiresPermissions("enforcement:route:list")
    @GetMapping("/{categoryId}/versions/{versionNo}")
    public Result<Route> version(@PathVariable long categoryId, @PathVariable int versionNo) {
        return Result.ok(service.version(categoryId, versionNo));
    }

    @Operation(summary = "保存路线（B6/B14：生成新版本并启用；已在办案件不受影响）",
            description = "baseVersionNo 为编辑所基于的版本号，他人已先保存时返回 409。第一个环节必须是录入（INTAKE）；"
                    + "时限单位 HOURS（小时）或 WORKING_DAYS（工作日，按节假日日历计算）。")
    @RequiresPermissions("enforcement:route:edit")
    @PutMapping("/{categoryId}")
    public Result<Route> save(@PathVariable long categoryId, @Valid @RequestBody RouteRequests.Save body) {
        return Result.ok(service.save(categoryId, body));
    }
}
