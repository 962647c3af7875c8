package com.yuyang.base.message.push;

import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.EnvelopeWriter;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.message.send.RecipientMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Push to an open browser by Server-Sent Events. The stream is opened with the X-Access-Token header or
 * with a one-time ticket ({@code ?ticket=}) from {@code POST /api/msg/stream-ticket}. The handler is
 * anonymous for the security filter only because the ticket is checked here; without either it answers 401.
 * Events: "hello" {unread} once, then "message" per new message; a comment every heartbeat.
 */
@Tag(name = "消息中心-实时推送")
@RestController
@RequestMapping("/api/msg")
public class StreamController {

    private final StreamTicketService tickets;
    private final EmitterRegistry registry;
    private final RecipientMapper recipients;

    public StreamController(StreamTicketService tickets, EmitterRegistry registry, RecipientMapper recipients) {
        this.tickets = tickets;
        this.registry = registry;
        this.recipients = recipients;
    }

    @Operation(summary = "获取一次性推送票据（60 秒内有效，仅能使用一次）",
            description = "EventSource 无法设置请求头：先用 token 换票据，再 GET /api/msg/stream?ticket=…")
    @PostMapping("/stream-ticket")
    @RequiresAuthentication
    public Result<Map<String, Object>> ticket() {
        String t = tickets.issue(CurrentUser.require().id());
        return Result.ok(Map.of("ticket", t, "expiresIn", StreamTicketService.TTL.toSeconds()));
    }

    @Operation(summary = "消息推送流（text/event-stream）")
    @GetMapping("/stream")
    @AnonymousAccess
    public SseEmitter stream(@RequestParam(required = false) String ticket, HttpServletResponse response)
            throws IOException {
        Optional<Long> user = CurrentUser.get().map(LoginUser::id);
        if (user.isEmpty()) {
            user = tickets.redeem(ticket);
        }
        if (user.isEmpty()) {
            EnvelopeWriter.write(response, 401, ticket == null ? "未登录，请先登录" : "推送票据无效或已过期");
            return null;
        }
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("Cache-Control", "no-cache");
        SseEmitter emitter = registry.open(user.get());
        emitter.send(SseEmitter.event().name("hello").data(Map.of("unread", recipients.unreadCount(user.get())),
                MediaType.APPLICATION_JSON));
        return emitter;
    }
}
