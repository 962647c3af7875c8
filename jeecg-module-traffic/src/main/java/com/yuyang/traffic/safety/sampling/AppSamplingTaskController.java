package com.yuyang.traffic.safety.sampling;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Tag(name = "检查人员小程序-随机检查")
@RestController
@RequestMapping("/api/app/sampling-tasks")
public class AppSamplingTaskController {

    private static final Set<String> STATUSES = Set.of("PENDING", "DONE");

    private final SamplingStore store;

    public AppSamplingTaskController(SamplingStore store) {
        this.store = store;
    }

    @Operation(summary = "我的派单任务（随机抽检与流转改派）",
            parameters = @Parameter(name = "status", description = "PENDING 待检查 / DONE 已完成；缺省为全部", example = "PENDING"),
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value =
                    "{\"success\":true,\"code\":200,\"result\":[{\"id\":1790000000000000001,\"batchId\":1790000000000000000,"
                            + "\"source\":\"SAMPLING\",\"subjectId\":5001,\"gridId\":101,\"status\":\"PENDING\",\"itemIds\":[3,7]}]}"))))
    @RequiresAuthentication
    @GetMapping
    public Result<List<Map<String, Object>>> mine(@RequestParam(required = false) String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw BizException.badRequest("任务状态只能是 PENDING 或 DONE");
        }
        return Result.ok(store.tasksOf(CurrentUser.require().id(), status));
    }
}
