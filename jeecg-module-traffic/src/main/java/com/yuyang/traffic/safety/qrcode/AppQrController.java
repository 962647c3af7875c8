package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mini-program endpoint: what a scanned subject QR code leads to. */
@Tag(name = "小程序-扫码")
@RestController
@RequestMapping("/api/app/qr")
public class AppQrController {

    private final QrScanService scans;

    public AppQrController(QrScanService scans) {
        this.scans = scans;
    }

    @Operation(summary = "扫码解析主体",
            description = "token 为二维码地址 <public-base-url>/app/qr/<token> 的最后一段。检查人员：主体在本人网格内返回主体信息，"
                    + "否则 403；企业账号：首次扫描本企业二维码即绑定账号（A8），主体已绑定其他账号或账号已绑定其他主体时 409；"
                    + "二维码已解绑时 410“已解绑”；签名无效 404。",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "检查人员扫码", value = """
                            {"success":true,"code":200,"message":"操作成功","result":{"role":"INSPECTOR","newlyBound":false,
                             "subject":{"id":"31001","name":"榆林鼓楼货运有限公司","subjectType":"ENTERPRISE","phone":"13891230001",
                             "address":"榆阳区鼓楼街道新建南路 12 号","gridId":"101","industryId":"30101","status":"NORMAL"}},
                             "timestamp":1764000000000}"""))),
                    @ApiResponse(responseCode = "410", content = @Content(examples = @ExampleObject(name = "已解绑", value = """
                            {"success":false,"code":410,"message":"该二维码已解绑，主体处于停业、注销或关停状态","result":null,"timestamp":1764000000000}""")))
            })
    @RequiresAuthentication
    @GetMapping("/{token}")
    public Result<QrScanService.ScanResult> resolve(@PathVariable String token) {
        return Result.ok(scans.resolve(token, CurrentUser.require()));
    }
}
