package com.yuyang.traffic.safety.review;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Enterprise app (A8/A10): submit company or employee data for the service centre's review. */
@Tag(name = "小程序-资料审核")
@RestController
@RequestMapping("/api/app/reviews")
public class AppReviewController {

    private final ReviewService service;

    public AppReviewController(ReviewService service) {
        this.service = service;
    }

    @Operation(summary = "提交单位信息或从业人员资料，待便民服务中心审核",
            description = "kind=SUBJECT：data 为单位信息字段（name、credit_code、legal_person、phone、address、business_scope、"
                    + "registered_date、expiry_date、intro）；kind=EMPLOYEE：targetId 为空表示新增，否则为本单位从业人员 id，data 为"
                    + " name、sex、age、id_card、phone、driving_licence、health_status、job、household_address。其他字段 400；"
                    + "同一资料已有待审核变更 409。审核通过后才写入档案。")
    @RequiresPermissions("safety:review:submit")
    @PostMapping
    public Result<Map<String, Object>> submit(@Valid @RequestBody ReviewRequests.Submit body) {
        return Result.ok("已提交审核", service.submit(body, CurrentUser.require()));
    }

    @Operation(summary = "本单位提交的审核资料及结果（status=PENDING|APPROVED|RETURNED|REJECTED）")
    @RequiresPermissions("safety:review:submit")
    @GetMapping
    public Result<List<Map<String, Object>>> mine(@RequestParam(required = false) String status) {
        return Result.ok(service.mine(status, CurrentUser.require()));
    }
}
