package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.safety.qrcode.QrImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

@Tag(name = "智慧执法-案件办理")
@RestController
@RequestMapping("/api/enforcement/cases")
public class CaseController {

    private final CaseIntake intake;
    private final CaseFlowEngine engine;
    private final DefaultCaseQueries queries;
    private final CaseListing listing;
    private final String publicBaseUrl;

    CaseController(CaseIntake intake, CaseFlowEngine engine, DefaultCaseQueries queries, CaseListing listing,
                   @Value("${platform.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.intake = intake;
        this.engine = engine;
        this.queries = queries;
        this.listing = listing;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Operation(summary = "登记案件（B3）", description = "返回 id、caseNo（案件编号）与 publicToken（二维码/公开页签名令牌）；"
            + "案件沿用所选小类当前的流转路线版本，进入第一个环节（录入）。")
    @RequiresPermissions("enforcement:case:add")
    @PostMapping
    public Result<CaseView> create(@Valid @RequestBody CaseRequests.Create body) {
        return Result.ok(intake.create(body));
    }

    @Operation(summary = "案件列表（网格隔离）", description = "status=OPEN|CLOSED，stage=环节代码，caseNo 精确匹配，mine=true 只看派给我的")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping
    public Result<Map<String, Object>> list(@RequestParam(required = false) String status,
                                            @RequestParam(required = false) String stage,
                                            @RequestParam(required = false) String caseNo,
                                            @RequestParam(defaultValue = "false") boolean mine,
                                            @RequestParam(defaultValue = "1") int pageNo,
                                            @RequestParam(defaultValue = "10") int pageSize) {
        return Result.ok(listing.page(status, stage, caseNo, mine, pageNo, pageSize));
    }

    @Operation(summary = "案件详情：各环节（进入/时限/完成）、办理轨迹、核实记录、当前可执行操作")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/{id}")
    public Result<Map<String, Object>> view(@PathVariable long id) {
        CaseView c = require(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", c);
        m.put("stages", queries.stages(id));
        m.put("actions", queries.actions(id));
        m.put("verifications", queries.verifications(id));
        m.put("availableActions", engine.availableActions(c));
        m.put("publicUrl", publicUrl(c));
        return Result.ok(m);
    }

    @Operation(summary = "案件二维码 PNG（地址含不可猜测的签名令牌，扫码进入案件公开页）")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/{id}/qrcode")
    public ResponseEntity<byte[]> qrcode(@PathVariable long id, @RequestParam(defaultValue = "360") int size) {
        CaseView c = require(id);
        int px = Math.max(120, Math.min(size, 1200));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header("Cache-Control", "no-store")
                .body(QrImages.png(publicUrl(c), px));
    }

    @Operation(summary = "办理当前环节", description = "仅当前环节允许的角色可办理（否则 403）；两人同时办理同一环节只有一人成功，另一人 409。"
            + " action：pass 办结本环节、record 记录、pause 暂停计时（opinion 填原因）、resume 恢复计时、"
            + "dispatch 派单（data.assigneeId）、verify 核实（data.cause、data.process 必填，data.enterpriseOpinion、data.correction）。")
    @RequiresPermissions("enforcement:case:act")
    @PostMapping("/{id}/actions")
    public Result<CaseView> act(@PathVariable long id, @Valid @RequestBody CaseRequests.Action body) {
        return Result.ok(engine.act(id, body));
    }

    private CaseView require(long id) {
        return queries.find(id).orElseThrow(() -> BizException.notFound("案件不存在或无权访问"));
    }

    private String publicUrl(CaseView c) {
        return publicBaseUrl + "/public/cases/" + c.publicToken();
    }
}
