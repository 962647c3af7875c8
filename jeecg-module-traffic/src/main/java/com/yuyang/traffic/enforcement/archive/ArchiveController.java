package com.yuyang.traffic.enforcement.archive;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** B10 archive: search every case of the caller's grids, and export the same selection as xlsx. */
@Tag(name = "执法-执法档案")
@RestController
@RequestMapping("/api/enforcement/archive")
public class ArchiveController {

    private final ArchiveService archive;
    private final ArchiveCases files;

    public ArchiveController(ArchiveService archive, ArchiveCases files) {
        this.archive = archive;
        this.files = files;
    }

    @Operation(summary = "档案检索：按案件编号（前缀）、执法对象、案件分类（大类含其小类）、登记日期、状态、当前环节、承办人、网格、超幅度处罚筛选")
    @RequiresPermissions("enforcement:archive:list")
    @GetMapping
    public Result<PageResult<ArchiveRow>> search(
            @Parameter(example = "ZF20261124") @RequestParam(required = false) String caseNo,
            @Parameter(example = "顺通") @RequestParam(required = false) String subject,
            @RequestParam(required = false) Long categoryId,
            @Parameter(example = "2026-01-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) String to,
            @Parameter(example = "OPEN") @RequestParam(required = false) String status,
            @Parameter(example = "APPEAL") @RequestParam(required = false) String stage,
            @RequestParam(required = false) Long enforcerId,
            @RequestParam(required = false) Long gridId,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(defaultValue = "1") long pageNo,
            @RequestParam(defaultValue = "20") long pageSize) {
        ArchiveFilter f = ArchiveFilter.parse(caseNo, subject, categoryId, from, to, status, stage, enforcerId, gridId, flagged);
        return Result.ok(archive.page(f, pageNo, pageSize));
    }

    @Operation(summary = "档案详情（只读）：案件、各环节、完整办理轨迹、核实记录、处置措施、申诉（不含电话）")
    @RequiresPermissions("enforcement:archive:list")
    @GetMapping("/{caseId}")
    public Result<ArchiveCaseView> get(@PathVariable long caseId) {
        return Result.ok(files.get(caseId));
    }

    @Operation(summary = "导出档案（xlsx，流式写出，条件同检索）")
    @RequiresPermissions("enforcement:archive:export")
    @GetMapping("/export")
    public void export(@RequestParam(required = false) String caseNo,
                       @RequestParam(required = false) String subject,
                       @RequestParam(required = false) Long categoryId,
                       @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String stage,
                       @RequestParam(required = false) Long enforcerId,
                       @RequestParam(required = false) Long gridId,
                       @RequestParam(required = false) Boolean flagged,
                       HttpServletResponse response) throws IOException {
        // parse before the first byte is written, so a bad filter is still a JSON 400
        ArchiveFilter f = ArchiveFilter.parse(caseNo, subject, categoryId, from, to, status, stage, enforcerId, gridId, flagged);
        var scope = archive.scope(f);
        String name = URLEncoder.encode("执法档案-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        archive.export(f, scope, response.getOutputStream());
    }
}
