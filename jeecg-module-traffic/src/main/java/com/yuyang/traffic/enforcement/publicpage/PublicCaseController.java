package com.yuyang.traffic.enforcement.publicpage;

import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.enforcement.appeal.Appeal;
import com.yuyang.traffic.enforcement.appeal.AppealRequests;
import com.yuyang.traffic.enforcement.appeal.AppealService;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.safety.file.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.Map;

/**
 * The case's public page behind its QR code (B5, B7, B9): no login; every request is counted per client address
 * (429 over the limit). A wrong or forged token is a plain 404.
 */
@Tag(name = "执法-案件公开页（免登录）")
@RestController
@RequestMapping("/api/public/cases/{token}")
public class PublicCaseController {

    private final PublicCaseService pages;
    private final AppealService appeals;
    private final PublicUploads uploads;
    private final PublicRateLimit rate;

    public PublicCaseController(PublicCaseService pages, AppealService appeals, PublicUploads uploads,
                                PublicRateLimit rate) {
        this.pages = pages;
        this.appeals = appeals;
        this.uploads = uploads;
        this.rate = rate;
    }

    @Operation(summary = "扫码查看案件：各环节时间、公开意见、已公示的处置措施、申诉情况（不含电话、证件号、内部备注）")
    @AnonymousAccess
    @GetMapping
    public Result<PublicCaseView> page(@PathVariable String token, HttpServletRequest http) {
        rate.hit(PublicRateLimit.Kind.READ, rate.clientHash(http.getRemoteAddr()));
        return Result.ok(pages.page(token));
    }

    @Operation(summary = "上传申诉附件（multipart 字段 file；JPG/PNG ≤ 10 MB，MP4 ≤ 50 MB），返回的 id 填入申诉的 media")
    @AnonymousAccess
    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Result<Map<String, Object>> upload(@PathVariable String token,
                                              @RequestParam(value = "file", required = false) MultipartFile file,
                                              HttpServletRequest http) {
        rate.hit(PublicRateLimit.Kind.UPLOAD, rate.clientHash(http.getRemoteAddr()));
        CaseView c = pages.caseOf(token);
        StoredFile f = uploads.upload(c.id(), file);
        return Result.ok(Map.of("id", String.valueOf(f.getId()), "contentType", f.getContentType(), "size", f.getSizeBytes()));
    }

    @Operation(summary = "提交申诉（第1、2次受理审查，第3次不予受理）；result.id 为申诉编号，result.seq 为第几次申诉")
    @AnonymousAccess
    @PostMapping("/appeals")
    public Result<Map<String, Object>> appeal(@PathVariable String token, @Valid @RequestBody AppealRequests.Submit req,
                                              HttpServletRequest http) {
        String client = rate.clientHash(http.getRemoteAddr());
        rate.hit(PublicRateLimit.Kind.APPEAL, client);
        CaseView c = pages.caseOf(token);
        Appeal a = appeals.submit(c, req, client);
        return Result.ok("申诉已提交，执法部门将审查答复", Map.of("id", String.valueOf(a.getId()), "seq", a.getSeq(),
                "status", a.getStatus()));
    }
}
