package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** Third-party case intake (B3): no user token, an API key per source system instead. */
@Tag(name = "智慧执法-第三方案件推送")
@RestController
@RequestMapping("/api/enforcement/import")
public class CaseImportController {

    private final CaseIntake intake;
    private final ImportKeys keys;

    CaseImportController(CaseIntake intake, ImportKeys keys) {
        this.intake = intake;
        this.keys = keys;
    }

    @Operation(summary = "第三方系统推送案件（请求头 X-Api-Key）",
            description = "同一来源同一 externalNo 重复推送返回原案件（duplicate=true）。执法对象按证件号、名称在网格内查找，不存在则新建。")
    @AnonymousAccess
    @PostMapping("/cases")
    public Result<Map<String, Object>> importCase(@RequestHeader(value = "X-Api-Key", required = false) String apiKey,
                                                  @Valid @RequestBody CaseRequests.Import body) {
        String source = keys.sourceOf(apiKey).orElseThrow(() -> BizException.unauthorized("API Key 无效"));
        CaseIntake.ImportResult r;
        try {
            r = DataScopeContext.runAsSystem(() -> intake.importCase(source, body));
        } catch (DuplicateKeyException raced) {
            // the same external number pushed twice at once: the other request created it
            r = DataScopeContext.runAsSystem(() -> intake.importCase(source, body));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.view().id());
        m.put("caseNo", r.view().caseNo());
        m.put("publicToken", r.view().publicToken());
        m.put("duplicate", r.duplicate());
        return Result.ok(m);
    }
}
