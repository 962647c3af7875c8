package com.yuyang.traffic.safety.task;

import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.file.FileService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;

@Tag(name = "检查人员小程序-任务与签到")
@RestController
@RequestMapping("/api/app")
public class AppTaskController {

    private final TaskService tasks;
    private final CheckinService checkins;
    private final FileService files;

    public AppTaskController(TaskService tasks, CheckinService checkins, FileService files) {
        this.tasks = tasks;
        this.checkins = checkins;
        this.files = files;
    }

    @Operation(summary = "我的任务（status=PENDING/DONE，可选）",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value =
                    "{\"success\":true,\"code\":200,\"result\":[{\"id\":1790000000000000001,\"title\":\"节前危货企业安全检查\","
                            + "\"urgency\":\"URGENT\",\"dueTime\":\"2026-12-01T18:00:00\",\"status\":\"PENDING\",\"overdue\":false}]}"))))
    @RequiresAuthentication
    @GetMapping("/tasks")
    public Result<List<Map<String, Object>>> mine(@RequestParam(required = false) String status) {
        return Result.ok(tasks.mine(status));
    }

    @Operation(summary = "下载任务附件：派发时附带的图片、音视频，或本人完成上报中的附件（其他人的上报附件不可见）")
    @RequiresAuthentication
    @GetMapping("/tasks/{id}/files/{fileId}")
    public ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        return files.download(tasks.assignedFile(id, fileId));
    }

    @Operation(summary = "上报任务完成情况（完成记录、附件；是否超期由服务端计算）",
            description = "请求示例：{\"record\":\"已完成 5 家企业检查\",\"media\":[1790000000000000002]}")
    @RequiresAuthentication
    @PostMapping("/tasks/{id}/complete")
    public Result<Map<String, Object>> complete(@PathVariable long id, @Valid @RequestBody TaskRequests.Complete body) {
        return Result.ok(tasks.complete(id, body));
    }

    @Operation(summary = "签到打卡：ON_DUTY 上班 / OFF_DUTY 下班 / AT_SUBJECT 到达主体（需 subjectId）/ OUTING 外出（需 errand）",
            description = "请求示例：{\"type\":\"AT_SUBJECT\",\"lng\":109.7345,\"lat\":38.2852,\"subjectId\":31001}")
    @RequiresAuthentication
    @PostMapping("/checkins")
    public Result<Map<String, Object>> checkin(@Valid @RequestBody TaskRequests.Checkin body) {
        return Result.ok(checkins.checkin(body));
    }
}
