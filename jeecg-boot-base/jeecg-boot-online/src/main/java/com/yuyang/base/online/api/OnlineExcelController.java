package com.yuyang.base.online.api;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.online.data.OnlineQueryService;
import com.yuyang.base.online.excel.ImportJobs;
import com.yuyang.base.online.excel.ImportProgress;
import com.yuyang.base.online.excel.ImportReport;
import com.yuyang.base.online.excel.OnlineExcelService;
import com.yuyang.base.online.metadata.FormPermissionRegistrar.Action;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Excel export/import of every online form. Written in the request thread on purpose: the caller's identity
 * (and so the grid scope) is bound to it.
 */
@RestController
@RequiresAuthentication
@RequestMapping("/api/online/data/{code}")
public class OnlineExcelController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OnlineExcelService excel;
    private final OnlineQueryService query;
    private final ImportProgress progress;
    private final ImportJobs jobs;

    public OnlineExcelController(OnlineExcelService excel, OnlineQueryService query, ImportProgress progress,
                                 ImportJobs jobs) {
        this.jobs = jobs;
        this.excel = excel;
        this.query = query;
        this.progress = progress;
    }

    /** The rows of the current filters (same parameters as the list), dictionary labels instead of codes. */
    @GetMapping("/export")
    public void export(@PathVariable String code, @RequestParam Map<String, String> params, HttpServletResponse response)
            throws IOException {
        OnlinePermissions.require(code, Action.EXPORT);
        query.check(code, params);
        attachment(response, code + ".xlsx");
        excel.export(code, params, response.getOutputStream());
    }

    @GetMapping("/import/template")
    public void template(@PathVariable String code, HttpServletResponse response) throws IOException {
        OnlinePermissions.require(code, Action.IMPORT);
        attachment(response, code + "-template.xlsx");
        excel.template(code, response.getOutputStream());
    }

    /**
     * Multipart {@code file} (xlsx); {@code mode=all} rejects the whole file on any bad row, {@code mode=skip}
     * writes the good rows; an optional {@code jobId} lets the client poll the progress while it runs.
     */
    @PostMapping("/import")
    public Result<ImportReport> importFile(@PathVariable String code, @RequestParam("file") MultipartFile file,
                                           @RequestParam(defaultValue = "all") String mode,
                                           @RequestParam(required = false) String jobId) throws IOException {
        OnlinePermissions.require(code, Action.IMPORT);
        if (jobId != null) {
            ImportProgress.checkId(jobId);
        }
        if (file.isEmpty()) {
            throw BizException.badRequest("请选择要导入的文件");
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = excel.importFile(code, in, mode, jobId);
            String message = report.failed() == 0 ? "导入成功" : "all".equals(report.mode())
                    ? "存在错误数据，整个文件未导入" : "部分导入成功，错误行已跳过";
            return Result.ok(message, report);
        }
    }

    /**
     * Large files: same file and modes, but the answer comes at once and the import runs in the background as the
     * caller; poll {@code GET …/import/progress/{jobId}} until {@code status} is DONE (with {@code report}) or
     * FAILED (with {@code message}). The {@code jobId} is required and must be new.
     */
    @PostMapping("/import/async")
    public Result<Map<String, String>> importAsync(@PathVariable String code, @RequestParam("file") MultipartFile file,
                                                   @RequestParam(defaultValue = "all") String mode,
                                                   @RequestParam String jobId) throws IOException {
        OnlinePermissions.require(code, Action.IMPORT);
        ImportProgress.checkId(jobId);
        if (file.isEmpty()) {
            throw BizException.badRequest("请选择要导入的文件");
        }
        try (InputStream in = file.getInputStream()) {
            jobs.start(code, in, mode, jobId);
        }
        return Result.ok("导入已开始，请查询进度", Map.of("jobId", jobId, "status", "QUEUED"));
    }

    @GetMapping("/import/progress/{jobId}")
    public Result<Map<String, Object>> importProgress(@PathVariable String code, @PathVariable String jobId) {
        OnlinePermissions.require(code, Action.IMPORT);
        return Result.ok(progress.get(code, jobId));
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }
}
