package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "短信验证码登录")
@RestController
@RequestMapping("/api/sys/sms")
public class SmsLoginController {

    private final SmsLoginService sms;

    public SmsLoginController(SmsLoginService sms) {
        this.sms = sms;
    }

    @Operation(summary = "发送登录验证码（同一手机号60秒1次、每日10次）")
    @AnonymousAccess
    @PostMapping("/code")
    public Result<Void> sendCode(@Valid @RequestBody SmsCodeRequest req) {
        sms.sendCode(req.phone());
        return Result.ok("如该手机号已登记，验证码已发送，请注意查收", null);
    }

    @Operation(summary = "手机号+验证码登录")
    @AnonymousAccess
    @PostMapping("/login")
    public Result<LoginResult> login(@Valid @RequestBody SmsLoginRequest req, HttpServletRequest http) {
        return Result.ok("登录成功", sms.login(req, ClientInfo.of(http)));
    }
}
