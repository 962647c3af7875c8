package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.util.List;

/** A2/A10 QR code management of a subject (admin pages). Subjects outside the caller's grids are 404. */
@Tag(name = "安全监管-主体二维码")
@RestController
@RequestMapping("/api/safety/subjects/{id}/qrcode")
public class SubjectQrController {

    private final QrCodeService codes;
    private final SubjectAccess subjects;

    public SubjectQrController(QrCodeService codes, SubjectAccess subjects) {
        this.codes = codes;
        this.subjects = subjects;
    }

    public record PrintRequest(@NotNull(message = "打印份数不能为空") @Min(value = 1, message = "打印份数至少为 1")
                               @Max(value = 500, message = "一次最多打印 500 份") Integer copies) {
    }

    public record UnbindRequest(@NotBlank(message = "解绑原因不能为空") @Size(max = 200, message = "解绑原因不超过 200 字") String reason) {
    }

    public record QrInfo(String subjectId, String status, String url, int printCount, String unbindReason,
                         String unboundBy, LocalDateTime unboundTime, LocalDateTime createTime) {
        static QrInfo of(SubjectQrCode c, String url) {
            return new QrInfo(String.valueOf(c.getSubjectId()), c.getStatus(), url,
                    c.getPrintCount() == null ? 0 : c.getPrintCount(), c.getUnbindReason(), c.getUnboundBy(),
                    c.getUnboundTime(), c.getCreateTime());
        }
    }

    public record PrintLogView(String action, int copies, String username, LocalDateTime time) {
    }

    @Operation(summary = "主体二维码图片（PNG，内容为带签名令牌的扫码地址；每次下载记入打印日志）")
    @RequiresPermissions("safety:qrcode:view")
    @GetMapping
    public ResponseEntity<byte[]> image(@PathVariable long id, @RequestParam(defaultValue = "360") int size) {
        SafetySubject s = subjects.requireVisible(id);
        int px = Math.max(120, Math.min(size, 1200));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("Cache-Control", "no-store")
                .body(codes.image(s.getId(), s.getTenantId(), px, CurrentUser.require()));
    }

    @Operation(summary = "二维码信息（状态、扫码地址、累计打印份数）")
    @RequiresPermissions("safety:qrcode:view")
    @GetMapping("/info")
    public Result<QrInfo> info(@PathVariable long id) {
        SafetySubject s = subjects.requireVisible(id);
        SubjectQrCode c = codes.issue(s.getId(), s.getTenantId());
        return Result.ok(QrInfo.of(c, codes.urlOf(c)));
    }

    @Operation(summary = "登记打印二维码（记录打印人和份数）")
    @RequiresPermissions("safety:qrcode:print")
    @PostMapping("/print")
    public Result<QrInfo> print(@PathVariable long id, @Valid @RequestBody PrintRequest req) {
        SafetySubject s = subjects.requireVisible(id);
        SubjectQrCode c = codes.print(s.getId(), s.getTenantId(), req.copies(), CurrentUser.require());
        return Result.ok(QrInfo.of(c, codes.urlOf(c)));
    }

    @Operation(summary = "打印/下载记录")
    @RequiresPermissions("safety:qrcode:log")
    @GetMapping("/print-log")
    public Result<List<PrintLogView>> printLog(@PathVariable long id) {
        SafetySubject s = subjects.requireVisible(id);
        return Result.ok(codes.printLog(s.getId()).stream()
                .map(l -> new PrintLogView(l.getAction(), l.getCopies(), l.getUsername(), l.getCreateTime())).toList());
    }

    @Operation(summary = "临时解绑二维码（停业、注销、关停）：扫码提示“已解绑”")
    @RequiresPermissions("safety:qrcode:unbind")
    @PostMapping("/unbind")
    public Result<QrInfo> unbind(@PathVariable long id, @Valid @RequestBody UnbindRequest req) {
        SafetySubject s = subjects.requireVisible(id);
        SubjectQrCode c = codes.unbind(s.getId(), s.getTenantId(), req.reason().trim(), CurrentUser.require());
        return Result.ok(QrInfo.of(c, codes.urlOf(c)));
    }

    @Operation(summary = "重新绑定二维码（恢复经营）：原二维码不变，重新可用")
    @RequiresPermissions("safety:qrcode:rebind")
    @PostMapping("/rebind")
    public Result<QrInfo> rebind(@PathVariable long id) {
        SafetySubject s = subjects.requireVisible(id);
        SubjectQrCode c = codes.rebind(s.getId(), s.getTenantId());
        return Result.ok(QrInfo.of(c, codes.urlOf(c)));
    }
}
