package com.yuyang.base.message.inbox;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.message.inbox.InboxRequests.MyMessage;
import com.yuyang.base.message.inbox.InboxRequests.MyQuery;
import com.yuyang.base.message.inbox.InboxRequests.SentMessage;
import com.yuyang.base.message.inbox.InboxRequests.SentQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** My messages (E3): everyone logged in reads, marks and hides the messages addressed to them. */
@Tag(name = "消息中心-我的消息")
@RestController
@RequestMapping("/api/msg")
@RequiresAuthentication
public class InboxController {

    private final InboxService service;

    public InboxController(InboxService service) {
        this.service = service;
    }

    @Operation(summary = "我的消息（置顶在前，再按时间倒序）",
            description = "status=all|unread|read，type=MESSAGE|NOTICE，keyword 搜索标题和内容")
    @GetMapping("/my")
    public Result<PageResult<MyMessage>> my(@Valid MyQuery query) {
        return Result.ok(service.my(query));
    }

    @Operation(summary = "未读消息数")
    @GetMapping("/my/unread-count")
    public Result<Map<String, Long>> unreadCount() {
        return Result.ok(Map.of("count", service.unreadCount()));
    }

    @Operation(summary = "消息详情（仅本人收到的消息）")
    @GetMapping("/{id}")
    public Result<MyMessage> one(@PathVariable long id) {
        return Result.ok(service.one(id));
    }

    @Operation(summary = "标记已读")
    @PostMapping("/{id}/read")
    public Result<Void> read(@PathVariable long id) {
        service.read(id);
        return Result.ok();
    }

    @Operation(summary = "全部标记已读")
    @PostMapping("/read-all")
    public Result<Map<String, Integer>> readAll() {
        return Result.ok(Map.of("updated", service.readAll()));
    }

    @Operation(summary = "删除消息（仅对本人隐藏）")
    @DeleteMapping("/{id}")
    public Result<Void> hide(@PathVariable long id) {
        service.hide(id);
        return Result.ok();
    }

    @Operation(summary = "我发送的消息（含接收人数和已读人数）")
    @GetMapping("/sent")
    public Result<PageResult<SentMessage>> sent(@Valid SentQuery query) {
        return Result.ok(service.sent(query));
    }
}
