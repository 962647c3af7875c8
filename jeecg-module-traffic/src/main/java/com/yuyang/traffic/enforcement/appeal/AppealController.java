package com.yuyang.traffic.enforcement.appeal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Staff side of B7/B8: the appeals of the caller's grids, and the answer to one of them. */
@Tag(name = "执法-申诉处理")
@RestController
@RequestMapping("/api/enforcement/appeals")
public class AppealController {

    private static final Set<String> STATUSES = Set.of(Appeal.PENDING, Appeal.ACCEPTED, Appeal.REJECTED);

    private final AppealMapper appeals;
    private final AppealService service;
    private final AutomaticFiling filing;
    private final CaseQueries cases;
    private final FileService files;
    private final CaseCategories categories;

    public AppealController(AppealMapper appeals, AppealService service, AutomaticFiling filing, CaseQueries cases,
                            FileService files, CaseCategories categories) {
        this.appeals = appeals;
        this.service = service;
        this.filing = filing;
        this.cases = cases;
        this.files = files;
        this.categories = categories;
    }

    @Operation(summary = "申诉列表（本人网格内案件；status=PENDING|ACCEPTED|REJECTED，caseId 可选）")
    @RequiresPermissions("enforcement:appeal:list")
    @GetMapping
    public Result<PageResult<AppealView>> list(@RequestParam(required = false) String status,
                                               @RequestParam(required = false) Long caseId,
                                               @RequestParam(defaultValue = "1") long pageNo,
                                               @RequestParam(defaultValue = "20") long pageSize) {
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw BizException.badRequest("申诉状态只能是 PENDING、ACCEPTED 或 REJECTED");
        }
        if (pageNo < 1 || pageSize < 1 || pageSize > 200) {
            throw BizException.badRequest("分页参数不正确（pageNo ≥ 1，pageSize 1–200）");
        }
        // grid isolation: enforcement_appeal is @GridScoped, the interceptor filters the page and its count
        Page<Appeal> page = appeals.selectPage(new Page<>(pageNo, pageSize), new LambdaQueryWrapper<Appeal>()
                .eq(status != null && !status.isBlank(), Appeal::getStatus, status)
                .eq(caseId != null, Appeal::getCaseId, caseId)
                .orderByDesc(Appeal::getCreateTime).orderByDesc(Appeal::getId));
        Map<Long, Optional<CaseView>> seen = new HashMap<>();
        Map<Long, String> classes = new HashMap<>();
        return Result.ok(PageResult.of(page, a -> view(a, seen.computeIfAbsent(a.getCaseId(), cases::find).orElse(null), classes)));
    }

    @Operation(summary = "申诉详情")
    @RequiresPermissions("enforcement:appeal:list")
    @GetMapping("/{appealId}")
    public Result<AppealView> get(@PathVariable long appealId) {
        Appeal a = visible(appealId);
        return Result.ok(view(a, cases.find(a.getCaseId()).orElse(null), new HashMap<>()));
    }

    @Operation(summary = "查看申诉附件")
    @RequiresPermissions("enforcement:appeal:list")
    @GetMapping("/{appealId}/media/{fileId}")
    public ResponseEntity<InputStreamResource> media(@PathVariable long appealId, @PathVariable long fileId) throws IOException {
        Appeal a = visible(appealId);
        StoredFile f = AppealService.mediaOf(a).contains(fileId) ? files.find(fileId) : null;
        if (f == null) {
            throw BizException.notFound("附件不存在");
        }
        return files.download(f);
    }

    @Operation(summary = "答复申诉：{\"accepted\": true|false, \"reply\": \"…\"}；第二次申诉被驳回时案件自动立案（result.filed）")
    @RequiresPermissions("enforcement:appeal:reply")
    @PostMapping("/{appealId}/reply")
    public Result<Map<String, Object>> reply(@PathVariable long appealId, @Valid @RequestBody AppealRequests.Reply req) {
        Appeal a = service.reply(appealId, req, CurrentUser.require());
        // after the reply's commit, in its own transaction: the reply stands even if the filing is refused
        boolean filed = filing.afterReply(a);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", String.valueOf(a.getId()));
        out.put("seq", a.getSeq());
        out.put("status", a.getStatus());
        out.put("filed", filed);
        cases.find(a.getCaseId()).ifPresent(c -> out.put("caseStage", c.currentStage() == null ? null : c.currentStage().name()));
        return Result.ok("已答复", out);
    }

    /** The view with the case's number, minor class (looked up once per class of a page) and current stage. */
    private AppealView view(Appeal a, CaseView c, Map<Long, String> classes) {
        String category = c == null ? null : classes.computeIfAbsent(c.categoryId(),
                id -> categories.find(id).map(CaseCategory::name).orElse(null));
        return AppealView.of(a, c, category, service.phoneOf(a));
    }

    private Appeal visible(long appealId) {
        Appeal a = appeals.selectById(appealId);
        if (a == null || cases.find(a.getCaseId()).isEmpty()) {
            throw BizException.notFound("申诉不存在或无权访问");
        }
        return a;
    }
}
