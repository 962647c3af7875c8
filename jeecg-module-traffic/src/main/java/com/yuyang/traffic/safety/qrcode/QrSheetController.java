package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The QR print page (A2, A10): choose subjects, print a sheet of their codes (logged per subject: who, when, how
 * many copies), read the print log. Subjects outside the caller's grids are 404, and then nothing is logged.
 */
@Tag(name = "安全监管-二维码打印")
@RestController
@RequestMapping("/api/safety/qrcode")
public class QrSheetController {

    private final QrCodeService codes;
    private final QrSheetQueries queries;
    private final SubjectAccess subjects;

    public QrSheetController(QrCodeService codes, QrSheetQueries queries, SubjectAccess subjects) {
        this.codes = codes;
        this.queries = queries;
        this.subjects = subjects;
    }

    @Schema(example = "{\"subjectIds\": [30201, 30202], \"copies\": 1}")
    public record SheetRequest(@NotEmpty(message = "请选择要打印的主体") @Size(max = 200, message = "一次最多打印 200 个主体")
                               List<@NotNull(message = "主体不能为空") Long> subjectIds,
                               @NotNull(message = "打印份数不能为空") @Min(value = 1, message = "打印份数至少为 1")
                               @Max(value = 50, message = "每个主体一次最多打印 50 份") Integer copies) {
    }

    public record Printed(String subjectId, String status, int printCount) {
    }

    public record SheetResult(int subjects, int copies, List<Printed> printed) {
    }

    @Operation(summary = "按名称/统一社会信用代码、网格（含下级网格）、行业、主体状态、二维码状态查找本人网格范围内的主体")
    @RequiresPermissions("safety:qrcode:view")
    @GetMapping("/subjects")
    public Result<QrSheetQueries.Page<QrSheetQueries.SubjectRow>> subjects(@RequestParam(required = false) String keyword,
                                                                           @RequestParam(required = false) Long gridId,
                                                                           @RequestParam(required = false) Long industryId,
                                                                           @RequestParam(required = false) String status,
                                                                           @RequestParam(required = false) String qrStatus,
                                                                           @RequestParam(defaultValue = "1") int pageNo,
                                                                           @RequestParam(defaultValue = "20") int pageSize) {
        return Result.ok(queries.subjects(new QrSheetQueries.SubjectFilter(keyword, gridId, industryId, blankToNull(status),
                blankToNull(qrStatus)), pageNo, pageSize, CurrentUser.require()));
    }

    @Operation(summary = "登记打印二维码页：每个主体按份数记入打印日志（打印人、时间、份数），全部成功或全部不记")
    @RequiresPermissions("safety:qrcode:print")
    @PostMapping("/print")
    public Result<SheetResult> print(@Valid @RequestBody SheetRequest req) {
        List<long[]> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(req.subjectIds())) {
            SafetySubject s = subjects.requireVisible(id);
            chosen.add(new long[]{s.getId(), s.getTenantId()});
        }
        List<Printed> printed = codes.printSheet(chosen, req.copies(), CurrentUser.require()).stream()
                .map(c -> new Printed(String.valueOf(c.getSubjectId()), c.getStatus(), c.getPrintCount() == null ? 0 : c.getPrintCount()))
                .toList();
        return Result.ok(new SheetResult(printed.size(), req.copies(), printed));
    }

    @Operation(summary = "二维码打印/下载日志（本人网格范围内的主体，最新在前）；action=PRINT|DOWNLOAD")
    @RequiresPermissions("safety:qrcode:log")
    @GetMapping("/print-log")
    public Result<QrSheetQueries.Page<QrSheetQueries.LogRow>> printLog(@RequestParam(required = false) Long subjectId,
                                                                       @RequestParam(required = false) String action,
                                                                       @RequestParam(defaultValue = "1") int pageNo,
                                                                       @RequestParam(defaultValue = "20") int pageSize) {
        return Result.ok(queries.printLog(subjectId, blankToNull(action), pageNo, pageSize, CurrentUser.require()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
