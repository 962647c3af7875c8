package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.measure.MeasureCatalog;
import com.yuyang.traffic.enforcement.route.RouteStore;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read endpoints of the browser's case workbench (案件办理); actions go through {@code /api/enforcement/cases}. */
@Tag(name = "智慧执法-案件办理工作台")
@RestController
@RequestMapping("/api/enforcement/workbench")
public class WorkbenchController {

    private final CaseWorklist worklist;
    private final CaseContext context;
    private final DispatchCandidates candidates;
    private final CaseMediaFiles media;
    private final CaseQueries queries;
    private final CaseCategories categories;
    private final RouteStore routes;
    private final MeasureCatalog catalog;
    private final FileService files;

    WorkbenchController(CaseWorklist worklist, CaseContext context, DispatchCandidates candidates, CaseMediaFiles media,
                        CaseQueries queries, CaseCategories categories, RouteStore routes, MeasureCatalog catalog,
                        FileService files) {
        this.worklist = worklist;
        this.context = context;
        this.candidates = candidates;
        this.media = media;
        this.queries = queries;
        this.categories = categories;
        this.routes = routes;
        this.catalog = catalog;
        this.files = files;
    }

    @Operation(summary = "案件工作台列表（网格隔离）", description = "tab=MINE 我的案件（派给我的，或我登记尚未派单的在办案件）|"
            + "OVERDUE 超期（在办、未暂停、环节已过时限）|ALL 可见的全部案件；stage 环节代码，status OPEN|CLOSED，"
            + "caseNo 编号前缀，subject 执法对象名称包含，categoryId 小类（或大类 = 其全部小类）")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/cases")
    public Result<Map<String, Object>> list(@RequestParam(required = false) String tab,
                                            @RequestParam(required = false) String stage,
                                            @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String caseNo,
                                            @RequestParam(required = false) String subject,
                                            @RequestParam(required = false) Long categoryId,
                                            @RequestParam(defaultValue = "1") int pageNo,
                                            @RequestParam(defaultValue = "10") int pageSize) {
        return Result.ok(worklist.page(CaseWorklist.filter(tab, stage, status, caseNo, subject, categoryId), pageNo, pageSize));
    }

    @Operation(summary = "工作台页签计数：我的案件（按环节）、超期、在办、全部")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/cases/counts")
    public Result<Map<String, Object>> counts() {
        return Result.ok(worklist.counts());
    }

    @Operation(summary = "案件办理上下文：案件创建时的流转路线版本（环节、角色、时限、当前环节）、分类、执法对象（脱敏）、承办人、附件")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/cases/{id}/context")
    public Result<Map<String, Object>> context(@PathVariable long id) {
        CaseView c = require(id);
        Map<String, Object> m = context.of(c, CurrentUser.require().tenantId());
        m.put("media", media.list(c));
        return Result.ok(m);
    }

    @Operation(summary = "派单候选人：负责案件所在网格的在岗人员（优先下一环节角色的持有人）")
    @RequiresPermissions("enforcement:case:act")
    @GetMapping("/cases/{id}/assignees")
    public Result<List<Map<String, Object>>> assignees(@PathVariable long id) {
        CaseView c = require(id);
        if (c.closed()) {
            throw BizException.conflict("案件已结案");
        }
        return Result.ok(candidates.of(c, CurrentUser.require().tenantId()));
    }

    @Operation(summary = "案件附件（登记、办理轨迹、核实记录中引用的照片/视频）")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/cases/{id}/media/{fileId}")
    public ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        StoredFile f = media.require(require(id), fileId);
        return files.download(f);
    }

    @Operation(summary = "登记与办理的选项：案件小类（含大类、当前路线版本）与启用的处置措施目录")
    @RequiresPermissions("enforcement:case:list")
    @GetMapping("/options")
    public Result<Map<String, Object>> options() {
        Map<Long, Integer> versions = routes.activeVersions();
        List<Map<String, Object>> minors = categories.minorClasses().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("activeVersionNo", versions.get(Long.parseLong((String) row.get("categoryId"))));
            return m;
        }).toList();
        List<Map<String, Object>> measures = catalog.activeEntries().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(e.id()));
            m.put("name", e.name());
            m.put("type", e.type().name());
            m.put("amountMin", e.amountMin());
            m.put("amountMax", e.amountMax());
            m.put("maxDurationDays", e.maxDurationDays());
            m.put("legalBasis", e.legalBasis());
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("categories", minors);
        out.put("measures", measures);
        return Result.ok(out);
    }

    private CaseView require(long id) {
        return queries.find(id).orElseThrow(() -> BizException.notFound("案件不存在或无权访问"));
    }
}
