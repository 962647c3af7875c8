package com.yuyang.traffic.safety.escalation;

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

@Tag(name = "安全监管-流转管理")
@RestController
@RequestMapping("/api/safety/escalations")
public class EscalationController {

    private final EscalationService service;

    public EscalationController(EscalationService service) {
        this.service = service;
    }

    @Operation(summary = "本部门待处理（box=waiting，默认）/已处理（box=handled：已改派或已上报）的流转（A5），可按状态、主体名称筛选；"
            + "行内带主体名称、检查项名称、发起人、当前部门、改派对象")
    @RequiresPermissions("safety:escalation:handle")
    @GetMapping
    public Result<List<Map<String, Object>>> inbox(@RequestParam(required = false) String status,
                                                   @RequestParam(required = false) String box,
                                                   @RequestParam(required = false) String keyword) {
        return Result.ok(service.inbox(status, box, keyword));
    }

    @Operation(summary = "可改派的检查人员：负责主体网格、属于主体所在单位并持有全部所需检查项（与改派校验同一规则）")
    @RequiresPermissions("safety:escalation:handle")
    @GetMapping("/{id}/candidates")
    public Result<List<EscalationService.Candidate>> candidates(@PathVariable long id) {
        return Result.ok(service.candidates(id));
    }

    @Operation(summary = "流转详情及完整流转轨迹")
    @RequiresPermissions("safety:escalation:handle")
    @GetMapping("/{id}")
    public Result<Map<String, Object>> view(@PathVariable long id) {
        return Result.ok(service.view(id));
    }

    @Operation(summary = "改派给持有检查项且负责主体网格的检查人员（生成派单任务）")
    @RequiresPermissions("safety:escalation:handle")
    @PostMapping("/{id}/reassign")
    public Result<Map<String, Object>> reassign(@PathVariable long id, @Valid @RequestBody EscalationRequests.Reassign body) {
        return Result.ok(service.reassign(id, body));
    }

    @Operation(summary = "上报上一级部门")
    @RequiresPermissions("safety:escalation:handle")
    @PostMapping("/{id}/escalate")
    public Result<Map<String, Object>> escalate(@PathVariable long id, @Valid @RequestBody EscalationRequests.Escalate body) {
        return Result.ok(service.escalate(id, body));
    }
}
