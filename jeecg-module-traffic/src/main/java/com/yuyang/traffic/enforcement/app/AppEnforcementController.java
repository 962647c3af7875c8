package com.yuyang.traffic.enforcement.app;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.enforcement.caseflow.CaseFlowEngine;
import com.yuyang.traffic.enforcement.caseflow.CaseRequests;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enforcer's mobile app (B11): find or register the enforced subject, the own cases by stage, the overdue ones,
 * and a field record with photos/video on a case. Creating a case and the stage actions use the engine's endpoints
 * ({@code POST /api/enforcement/cases}, {@code …/{id}/actions}); files are uploaded first with {@code POST /api/files}.
 */
@Tag(name = "执法App")
@RestController
@RequestMapping("/api/app/enforcement")
@RequiresPermissions("enforcement:app:work")
public class AppEnforcementController {

    private final AppEnforcementService app;
    private final CaseFlowEngine engine;

    public AppEnforcementController(AppEnforcementService app, CaseFlowEngine engine) {
        this.app = app;
        this.engine = engine;
    }

    @Operation(summary = "检索执法对象：名称（包含）或车牌号；18 位身份证号/统一社会信用代码、手机号按加密检索码精确匹配（本人网格内，最多 20 条）")
    @GetMapping("/subjects")
    public Result<List<SubjectView>> subjects(@Parameter(description = "名称、车牌号、证件号或电话", example = "顺通")
                                              @RequestParam(required = false) String keyword) {
        return Result.ok(app.searchSubjects(keyword));
    }

    @Operation(summary = "登记执法对象：网格内已有同证件号或同名称的对象则直接返回（created=false），否则新建（created=true）")
    @PostMapping("/subjects")
    public Result<Map<String, Object>> createSubject(@Valid @RequestBody AppRequests.Subject req) {
        Map<String, Object> out = app.findOrCreate(req);
        return Result.ok(Boolean.TRUE.equals(out.get("created")) ? "已登记执法对象" : "执法对象已存在", out);
    }

    @Operation(summary = "执法对象详情（电话、证件号脱敏）")
    @GetMapping("/subjects/{id}")
    public Result<SubjectView> subject(@PathVariable long id) {
        return Result.ok(app.subject(id));
    }

    @Operation(summary = "我的案件：result.counts 为各环节件数，result.page 为一页案件（可按环节 stage 筛选，期限最近的在前）")
    @GetMapping("/cases/mine")
    public Result<Map<String, Object>> mine(@Parameter(description = "环节编码，如 VERIFY、EVIDENCE", example = "VERIFY")
                                            @RequestParam(required = false) String stage,
                                            @RequestParam(defaultValue = "1") long pageNo,
                                            @RequestParam(defaultValue = "20") long pageSize) {
        return Result.ok(app.myCases(stage, pageNo, pageSize));
    }

    @Operation(summary = "超期案件：本人承办、当前环节已超过办理时限（暂停计时的除外）")
    @GetMapping("/cases/overdue")
    public Result<PageResult<MyCaseRow>> overdue(@RequestParam(defaultValue = "1") long pageNo,
                                                 @RequestParam(defaultValue = "20") long pageSize) {
        return Result.ok(app.overdue(pageNo, pageSize));
    }

    @Operation(summary = "现场记录：文字 + 照片/视频（先用 POST /api/files 上传），记入案件当前环节的办理轨迹，不推进环节")
    @PostMapping("/cases/{id}/records")
    public Result<Map<String, Object>> record(@PathVariable long id, @Valid @RequestBody AppRequests.Record req) {
        CaseView c = engine.act(id, new CaseRequests.Action("record", req.opinion(), req.internalNote(), false,
                req.media(), req.version(), Map.of()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", String.valueOf(c.id()));
        out.put("currentStage", c.currentStage() == null ? null : c.currentStage().name());
        out.put("version", c.version());
        return Result.ok("已记录", out);
    }
}
