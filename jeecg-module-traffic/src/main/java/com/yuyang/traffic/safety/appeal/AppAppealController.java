package com.yuyang.traffic.safety.appeal;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

/** Appeals on inspection records (A8 enterprise app, A10; answered from the inspector app or the admin page). */
@Tag(name = "小程序-申诉")
@RestController
@RequestMapping("/api/app/appeals")
public class AppAppealController {

    private final InspectionAppealService service;

    public AppAppealController(InspectionAppealService service) {
        this.service = service;
    }

    @Operation(summary = "企业对本单位的检查记录提出申诉",
            description = "仅已扫码绑定主体的企业账号；同一检查记录同时只能有一条待答复申诉（409）；附件为本人通过 POST /api/files 上传的文件 id。",
            responses = @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(value = """
                    {"success":false,"code":409,"message":"该检查记录已有待答复的申诉，请等待答复后再提交","timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:appeal:submit")
    @PostMapping
    public Result<Map<String, Object>> submit(@Valid @RequestBody AppealRequests.Submit body) {
        return Result.ok("申诉已提交", service.submit(body, CurrentUser.require()));
    }

    @Operation(summary = "申诉列表：企业看本单位的，检查人员看本网格的（status=OPEN|ANSWERED）")
    @RequiresPermissions("safety:appeal:list")
    @GetMapping
    public Result<List<Map<String, Object>>> list(@RequestParam(required = false) String status,
                                                  @RequestParam(required = false) Long inspectionId) {
        return Result.ok(service.list(status, inspectionId, CurrentUser.require()));
    }

    @Operation(summary = "申诉详情，含该检查记录的全部申诉与答复（trail）")
    @RequiresPermissions("safety:appeal:list")
    @GetMapping("/{id}")
    public Result<Map<String, Object>> detail(@PathVariable long id) {
        return Result.ok(service.detail(id, CurrentUser.require()));
    }

    @Operation(summary = "答复申诉（本网格检查人员，通常为作出该记录的检查人员）；企业收到“申诉已答复”消息")
    @RequiresPermissions("safety:appeal:answer")
    @PostMapping("/{id}/answer")
    public Result<Map<String, Object>> answer(@PathVariable long id, @Valid @RequestBody AppealRequests.Answer body) {
        return Result.ok("已答复", service.answer(id, body, CurrentUser.require()));
    }
}
