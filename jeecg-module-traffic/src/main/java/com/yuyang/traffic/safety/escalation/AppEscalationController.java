package com.yuyang.traffic.safety.escalation;

import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

@Tag(name = "检查人员小程序-执法流转")
@RestController
@RequestMapping("/api/app/escalations")
public class AppEscalationController {

    private final EscalationService service;

    public AppEscalationController(EscalationService service) {
        this.service = service;
    }

    @Operation(summary = "超出职责的检查上报上级部门（A5）",
            description = "请求示例：{\"subjectId\":31003,\"itemIds\":[30013],\"reason\":\"设备设施安全不在本人检查职责内\"}",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value =
                    "{\"success\":true,\"code\":200,\"result\":{\"id\":1790000000000000001,\"status\":\"OPEN\",\"currentDeptId\":1,"
                            + "\"steps\":[{\"seq\":1,\"action\":\"RAISE\",\"fromDeptId\":10,\"toDeptId\":1}]}}"))))
    @RequiresPermissions("safety:app:work")
    @PostMapping
    public Result<Map<String, Object>> raise(@Valid @RequestBody EscalationRequests.Raise body) {
        return Result.ok(service.raise(body));
    }

    @Operation(summary = "我发起的流转及其处理进度")
    @RequiresPermissions("safety:app:work")
    @GetMapping
    public Result<List<Map<String, Object>>> mine(@RequestParam(required = false) String status) {
        return Result.ok(service.mine(status));
    }
}
