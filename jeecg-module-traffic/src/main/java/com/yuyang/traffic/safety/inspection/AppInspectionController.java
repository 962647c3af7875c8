package com.yuyang.traffic.safety.inspection;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.recheck.WorkQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Inspector mini-program: execute a check, history of a subject, warnings and recheck work (A3, A6). */
@Tag(name = "小程序-监督检查")
@RestController
@RequestMapping("/api/app")
public class AppInspectionController {

    private final InspectionService inspections;
    private final WorkQueries work;

    public AppInspectionController(InspectionService inspections, WorkQueries work) {
        this.inspections = inspections;
        this.work = work;
    }

    public record ResultView(String itemId, String result, String remark) {
    }

    public record InspectionView(String id, String subjectId, String inspectorId, String checkType, LocalDateTime checkedAt,
                                 int qualified, int unqualified, int ignored, String remark, List<ResultView> results) {
    }

    @Operation(summary = "提交检查结果",
            description = "检查人员对本网格主体执行检查；每项 QUALIFIED（合格：按检查项周期再次检查）、UNQUALIFIED（不达标：回到日常工作并预警）、"
                    + "IGNORED（忽略：不执行）。不在本人职责范围内的检查项整体拒绝（403，result.outOfRemit 列出，需发起流转）；"
                    + "其他网格的主体 403；附件为 POST /api/files 返回的 id。",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = """
                    {"subjectId": 31001, "checkType": "DAILY", "remark": "例行检查",
                     "results": [{"itemId": 30001, "result": "QUALIFIED"},
                                 {"itemId": 30008, "result": "UNQUALIFIED", "remark": "隐患台账未更新", "attachments": [1790000000000000001]},
                                 {"itemId": 30010, "result": "IGNORED"}]}"""))),
            responses = @ApiResponse(responseCode = "403", content = @Content(examples = @ExampleObject(name = "超出职责", value = """
                    {"success":false,"code":403,"message":"该检查项不在您的职责范围内，请发起流转：设备设施安全",
                     "result":{"outOfRemit":[{"itemId":"30013","name":"设备设施安全"}]},"timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:inspection:submit")
    @PostMapping("/inspections")
    public Result<InspectionView> submit(@Valid @org.springframework.web.bind.annotation.RequestBody InspectionRequest req) {
        LoginUser user = CurrentUser.require();
        Inspection i = inspections.submit(req, user);
        return Result.ok("检查已提交", view(i, inspections.resultsOf(List.of(i.getId()))));
    }

    @Operation(summary = "主体的检查记录（最近 200 次，含每项结果）")
    @RequiresPermissions("safety:inspection:list")
    @GetMapping("/inspections")
    public Result<List<InspectionView>> history(@RequestParam long subjectId) {
        List<Inspection> list = inspections.history(subjectId, CurrentUser.require());
        Map<Long, List<InspectionResult>> byInspection = inspections.resultsOf(list.stream().map(Inspection::getId).toList())
                .stream().collect(Collectors.groupingBy(InspectionResult::getInspectionId));
        return Result.ok(list.stream().map(i -> view(i, byInspection.getOrDefault(i.getId(), List.of()))).toList());
    }

    @Operation(summary = "企业查看本单位的检查记录（最近 200 次，含每项结果），可据此提出申诉（A8）")
    @RequiresPermissions("safety:enterprise:inspection")
    @GetMapping("/inspections/mine")
    public Result<List<InspectionView>> mine() {
        List<Inspection> list = inspections.historyOfOwnSubject(CurrentUser.require());
        Map<Long, List<InspectionResult>> byInspection = com.yuyang.base.core.datascope.DataScopeContext.runAsSystem(() ->
                inspections.resultsOf(list.stream().map(Inspection::getId).toList())).stream()
                .collect(Collectors.groupingBy(InspectionResult::getInspectionId));
        return Result.ok(list.stream().map(i -> view(i, byInspection.getOrDefault(i.getId(), List.of()))).toList());
    }

    @Operation(summary = "预警信息：本人检查不达标、等待复查的检查项（含复查内容）",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"success":true,"code":200,"message":"操作成功","result":[{"subjectId":"31001","subjectName":"榆林鼓楼货运有限公司",
                     "itemId":"30008","itemName":"隐患排查治理","recheckContent":"隐患排查台账、整改闭环情况","lastRemark":"隐患台账未更新",
                     "checkedAt":"2026-11-24T09:30:00","inspectionId":"1790000000000000002"}],"timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:warning:list")
    @GetMapping("/warnings")
    public Result<List<WorkQueries.Warning>> warnings() {
        return Result.ok(work.warnings(CurrentUser.require()));
    }

    @Operation(summary = "复查任务：到期自动分配给本人的检查项（A3）")
    @RequiresPermissions("safety:recheck:list")
    @GetMapping("/rechecks")
    public Result<List<WorkQueries.Recheck>> rechecks() {
        return Result.ok(work.openRechecks(CurrentUser.require()));
    }

    private static InspectionView view(Inspection i, List<InspectionResult> results) {
        return new InspectionView(String.valueOf(i.getId()), String.valueOf(i.getSubjectId()), String.valueOf(i.getInspectorId()),
                i.getCheckType(), i.getCheckedAt(), i.getQualifiedCount(), i.getUnqualifiedCount(), i.getIgnoredCount(),
                i.getRemark(), results.stream().map(r -> new ResultView(String.valueOf(r.getItemId()), r.getResult(), r.getRemark())).toList());
    }
}
