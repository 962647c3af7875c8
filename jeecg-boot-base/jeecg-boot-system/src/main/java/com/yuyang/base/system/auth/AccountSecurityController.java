package com.yuyang.base.system.auth;

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
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Password change, and the admin's account-security actions: unlock, reset password, kick out, online list. */
@Tag(name = "账号安全")
@RestController
@RequestMapping("/api/sys")
public class AccountSecurityController {

    private final PasswordService passwords;
    private final AccountSecurityService accounts;
    private final TokenSessionService sessions;
    private final AuthEvents events;

    public AccountSecurityController(PasswordService passwords, AccountSecurityService accounts,
                                     TokenSessionService sessions, AuthEvents events) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
    }

    @Operation(summary = "修改本人密码")
    @RequiresAuthentication
    @PostMapping("/user/password")
    public Result<Void> changePassword(@Valid @RequestBody ChangePasswordRequest req, HttpServletRequest http) {
        LoginUser me = CurrentUser.require();
        passwords.change(me, req.oldPassword(), req.newPassword(),
                (String) http.getAttribute(TokenAuthenticationFilter.TOKEN_ATTRIBUTE));
        events.publish(me.id(), me.username(), AuthEvents.PASSWORD_CHANGED, true, http.getRemoteAddr(), null);
        return Result.ok("密码已修改", null);
    }

    @Operation(summary = "重置用户密码（返回临时密码，并使其全部会话失效）")
    @RequiresPermissions("sys:user:reset-password")
    @PostMapping("/user/{id}/reset-password")
    public Result<Map<String, String>> resetPassword(@PathVariable long id, HttpServletRequest http) {
        String temporary = accounts.resetPassword(id, CurrentUser.require(), http.getRemoteAddr());
        return Result.ok("密码已重置，请将临时密码告知用户并提醒其登录后修改", Map.of("temporaryPassword", temporary));
    }

    @Operation(summary = "解锁用户")
    @RequiresPermissions("sys:user:unlock")
    @PostMapping("/user/{id}/unlock")
    public Result<Void> unlock(@PathVariable long id, HttpServletRequest http) {
        accounts.unlock(id, CurrentUser.require(), http.getRemoteAddr());
        return Result.ok("已解锁", null);
    }

    @Operation(summary = "强制下线（该用户全部会话立即失效）")
    @RequiresPermissions("sys:user:kickout")
    @PostMapping("/user/{id}/kickout")
    public Result<Void> kickout(@PathVariable long id, HttpServletRequest http) {
        accounts.kickout(id, CurrentUser.require(), http.getRemoteAddr());
        return Result.ok("已强制下线", null);
    }

    @Operation(summary = "在线会话列表")
    @RequiresPermissions("sys:session:list")
    @GetMapping("/sessions")
    public Result<List<SessionView>> sessions() {
        return Result.ok(sessions.list().stream().map(SessionView::of).toList());
    }
}
