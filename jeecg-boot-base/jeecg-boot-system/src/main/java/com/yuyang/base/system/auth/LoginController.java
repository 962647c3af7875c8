package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.TokenAuthenticationFilter;
import com.yuyang.base.core.security.TokenSessionService;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "登录认证")
@RestController
@RequestMapping("/api/sys")
public class LoginController {

    private final LoginService login;
    private final CaptchaService captchas;
    private final UserInfoService userInfo;
    private final TokenSessionService sessions;
    private final AuthEvents events;

    public LoginController(LoginService login, CaptchaService captchas, UserInfoService userInfo,
                           TokenSessionService sessions, AuthEvents events) {
        this.login = login;
        this.captchas = captchas;
        this.userInfo = userInfo;
        this.sessions = sessions;
        this.events = events;
    }

    @Operation(summary = "用户名密码登录")
    @AnonymousAccess
    @PostMapping("/login")
    public Result<LoginResult> login(@Valid @RequestBody LoginRequest req, HttpServletRequest http) {
        return Result.ok("登录成功", login.login(req, ClientInfo.of(http)));
    }

    @Operation(summary = "获取图形验证码")
    @AnonymousAccess
    @GetMapping("/captcha")
    public Result<CaptchaService.Captcha> captcha() {
        return Result.ok(captchas.create());
    }

    @Operation(summary = "退出登录（令牌立即失效）")
    @RequiresAuthentication
    @PostMapping("/logout")
    public Result<Void> logout(HttpServletRequest http) {
        LoginUser me = CurrentUser.require();
        Object token = http.getAttribute(TokenAuthenticationFilter.TOKEN_ATTRIBUTE);
        if (token instanceof String t) {
            sessions.revoke(t);
        }
        events.publish(me.id(), me.username(), AuthEvents.LOGOUT, true, ClientInfo.of(http).ip(), null);
        return Result.ok("已退出登录", null);
    }

    @Operation(summary = "刷新当前会话的角色与权限（角色变更后无需重新登录）")
    @RequiresAuthentication
    @PostMapping("/user/refresh-permissions")
    public Result<UserInfoService.UserInfo> refresh(HttpServletRequest http) {
        LoginUser fresh = userInfo.reload(CurrentUser.require());
        Object token = http.getAttribute(TokenAuthenticationFilter.TOKEN_ATTRIBUTE);
        if (token instanceof String t) {
            sessions.refresh(t, fresh);
        }
        return Result.ok(userInfo.of(fresh));
    }

    @Operation(summary = "当前用户信息、角色、权限码与菜单")
    @RequiresAuthentication
    @GetMapping("/user/info")
    public Result<UserInfoService.UserInfo> info() {
        return Result.ok(userInfo.of(CurrentUser.require()));
    }
}
