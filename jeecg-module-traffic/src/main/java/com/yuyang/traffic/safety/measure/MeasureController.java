package com.yuyang.traffic.safety.measure;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** A9 supervision measures and the supervision archive (监管措施 / 监管档案). */
@Tag(name = "安全监管-监管措施")
@RestController
@RequestMapping("/api/safety/measures")
public class MeasureController {

    private final SupervisionMeasureService service;
    private final MeasureArchive archive;

    public MeasureController(SupervisionMeasureService service, MeasureArchive archive) {
        this.service = service;
        this.archive = archive;
    }

    @Operation(summary = "对检查记录的不达标项发起监管措施（进入“复查”环节）",
            description = "itemIds 省略时取该记录全部不达标项；同一检查记录同时只能有一条进行中的监管措施（409）。")
    @RequiresPermissions("safety:measure:open")
    @PostMapping
    public Result<Map<String, Object>> open(@Valid @RequestBody MeasureRequests.Open body) {
        LoginUser user = CurrentUser.require();
        long id = service.open(body, user);
        return Result.ok("已发起监管措施", view(id, user));
    }

    @Operation(summary = "办理下一环节（按配置的流转规则和角色）",
            description = "toState 为目标环节；处罚环节须按检查项填写 penalties，金额超出检查项处罚范围时须 confirmOutOfRange=true"
                    + "（否则 400，result.outOfRange 列出），确认后档案标记“超出范围”。version 可选，用于防止覆盖他人办理；"
                    + "并发办理同一措施只有一个成功，其余 409。",
            responses = @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(name = "超出处罚范围", value = """
                    {"success":false,"code":400,"message":"处罚金额超出检查项处罚范围：隐患排查治理 50000 元（范围 5000–30000 元）。确认无误请勾选“确认超出范围”后提交",
                     "result":{"outOfRange":[{"itemId":"30008","itemName":"隐患排查治理","amount":50000,"min":5000,"max":30000,"outOfRange":true}]},"timestamp":1764000000000}"""))))
    @RequiresPermissions("safety:measure:act")
    @PostMapping("/{id}/transitions")
    public Result<Map<String, Object>> transition(@PathVariable long id, @Valid @RequestBody MeasureRequests.Transition body) {
        LoginUser user = CurrentUser.require();
        service.transition(id, body, user);
        return Result.ok("办理成功", view(id, user));
    }

    @Operation(summary = "监管档案：检查人员、检查时间、主体、不达标项、监管措施、审批人、审批时间、最终状态（分页）")
    @RequiresPermissions("safety:measure:list")
    @GetMapping
    public Result<MeasureArchive.Page> search(@RequestParam(required = false) Long subjectId,
                                              @RequestParam(required = false) Long gridId,
                                              @RequestParam(required = false) String state,
                                              @RequestParam(required = false) Long inspectorId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String keyword,
                                              @RequestParam(required = false) Boolean outOfRange,
                                              @RequestParam(required = false) Boolean finished,
                                              @RequestParam(defaultValue = "1") int pageNo,
                                              @RequestParam(defaultValue = "20") int pageSize) {
        return Result.ok(archive.search(new MeasureArchive.Filter(subjectId, gridId, state, inspectorId, from, to, keyword,
                outOfRange, finished), pageNo, pageSize, CurrentUser.require()));
    }

    @Operation(summary = "导出监管档案（xlsx，按当前筛选条件，分页流式写出）")
    @RequiresPermissions("safety:measure:export")
    @GetMapping("/export")
    public void export(@RequestParam(required = false) Long subjectId,
                       @RequestParam(required = false) Long gridId,
                       @RequestParam(required = false) String state,
                       @RequestParam(required = false) Long inspectorId,
                       @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(required = false) String keyword,
                       @RequestParam(required = false) Boolean outOfRange,
                       @RequestParam(required = false) Boolean finished,
                       HttpServletResponse response) throws IOException {
        MeasureArchive.Filter f = new MeasureArchive.Filter(subjectId, gridId, state, inspectorId, from, to, keyword,
                outOfRange, finished);
        LoginUser user = CurrentUser.require();
        // validate the filter before the first byte: a bad filter must still answer a 4xx JSON
        archive.search(f, 1, 1, user);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String name = URLEncoder.encode("监管档案-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        archive.export(f, user, response.getOutputStream());
    }

    @Operation(summary = "监管措施详情：档案字段、每一步办理记录（steps）及当前可办理的下一环节（nextSteps）")
    @RequiresPermissions("safety:measure:list")
    @GetMapping("/{id}")
    public Result<Map<String, Object>> detail(@PathVariable long id) {
        return Result.ok(view(id, CurrentUser.require()));
    }

    private Map<String, Object> view(long id, LoginUser user) {
        MeasureStore.Row row = service.visible(id, user);
        return archive.detail(id, service.nextSteps(row.state(), user));
    }
}
