package com.yuyang.traffic.safety.selfcheck;

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

/** Grid members: the A8 review of the enterprises' self-checks in their grids (approve, or return with a reason). */
@Tag(name = "安全监管-企业自检审核")
@RestController
@RequestMapping("/api/safety/self-checks")
public class SelfCheckReviewController {

    private final SelfCheckService selfChecks;

    public SelfCheckReviewController(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    @Operation(summary = "本人网格内的企业自检（status=SUBMITTED 即待审核；可按 subjectId、periodKey 过滤）")
    @RequiresPermissions("safety:self-check:review")
    @GetMapping
    public Result<List<Map<String, Object>>> list(@RequestParam(required = false) String status,
                                                  @RequestParam(required = false) Long subjectId,
                                                  @RequestParam(required = false) String periodKey) {
        return Result.ok(selfChecks.inMyGrids(status, subjectId, periodKey, CurrentUser.require()));
    }

    @Operation(summary = "审核通过（可附审核意见），通知企业", description = "请求示例：{\"note\":\"自检情况属实\"}")
    @RequiresPermissions("safety:self-check:review")
    @PostMapping("/{id}/approve")
    public Result<Map<String, Object>> approve(@PathVariable long id,
                                               @Valid @RequestBody(required = false) SelfCheckRequests.Approve body) {
        return Result.ok("自检已审核通过", selfChecks.review(id, true, body == null ? null : body.note(), CurrentUser.require()));
    }

    @Operation(summary = "退回（须填写原因），通知企业修改后重新提交",
            description = "请求示例：{\"reason\":\"隐患排查项照片不清晰，请补充整改前后照片\"}")
    @RequiresPermissions("safety:self-check:review")
    @PostMapping("/{id}/return")
    public Result<Map<String, Object>> giveBack(@PathVariable long id, @Valid @RequestBody SelfCheckRequests.Return body) {
        return Result.ok("自检已退回", selfChecks.review(id, false, body.reason().trim(), CurrentUser.require()));
    }
}
