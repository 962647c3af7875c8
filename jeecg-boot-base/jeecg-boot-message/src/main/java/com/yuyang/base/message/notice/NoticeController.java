package com.yuyang.base.message.notice;

import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.core.web.Result;
import com.yuyang.base.message.notice.NoticeRequests.Publish;
import com.yuyang.base.message.notice.NoticeRequests.Published;
import com.yuyang.base.message.notice.NoticeRequests.Query;
import com.yuyang.base.message.notice.NoticeRequests.Row;
import com.yuyang.base.message.notice.NoticeRequests.Stats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Notice administration (通知公告): publish, list with read figures, statistics and their export, delete. */
@Tag(name = "消息中心-通知公告")
@RestController
@RequestMapping("/api/msg/notices")
public class NoticeController {

    private final NoticeService service;

    public NoticeController(NoticeService service) {
        this.service = service;
    }

    @Operation(summary = "发布通知（置顶只能在发布时决定）",
            description = "示例：{\"title\":\"节前安全检查\",\"content\":\"…\",\"pinned\":true,"
                    + "\"targets\":{\"roleCodes\":[\"inspector\"],\"gridIds\":[101],\"deptIds\":[10],\"userIds\":[2],\"groupIds\":[]}}")
    @PostMapping
    @RequiresPermissions("msg:notice:add")
    public Result<Published> publish(@Valid @RequestBody Publish body) {
        return Result.ok(service.publish(body));
    }

    @Operation(summary = "通知列表（含接收人数、已读人数）")
    @GetMapping
    @RequiresPermissions("msg:notice:list")
    public Result<PageResult<Row>> list(@Valid Query query) {
        return Result.ok(service.list(query));
    }

    @Operation(summary = "通知阅读统计（谁已读、谁未读）")
    @GetMapping("/{id}/stats")
    @RequiresPermissions("msg:notice:stats")
    public Result<Stats> stats(@PathVariable long id) {
        return Result.ok(service.stats(id));
    }

    @Operation(summary = "导出通知阅读统计（xlsx）")
    @GetMapping("/{id}/stats/export")
    @RequiresPermissions("msg:notice:stats")
    public void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        Stats stats = service.stats(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String name = URLEncoder.encode("通知阅读统计-" + id + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        NoticeStatsExcel.write(stats, response.getOutputStream());
    }

    @Operation(summary = "删除通知（所有接收人不再可见）")
    @DeleteMapping("/{id}")
    @RequiresPermissions("msg:notice:delete")
    public Result<Void> delete(@PathVariable long id) {
        service.delete(id);
        return Result.ok();
    }
}
