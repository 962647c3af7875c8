package com.yuyang.traffic.safety.task;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.web.Result;
import com.yuyang.traffic.safety.file.FileService;
import com.yuyang.traffic.safety.file.StoredFile;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

@Tag(name = "安全监管-任务与签到")
@RestController
@RequestMapping("/api/safety")
public class TaskController {

    private final TaskService tasks;
    private final CheckinService checkins;
    private final TaskOverview overview;
    private final FileService files;

    public TaskController(TaskService tasks, CheckinService checkins, TaskOverview overview, FileService files) {
        this.tasks = tasks;
        this.checkins = checkins;
        this.overview = overview;
        this.files = files;
    }

    @Operation(summary = "本部门及下级部门派发的任务（A9）：进度（指派人数、已完成、超期）与超期标志；"
            + "可按标题关键字、紧急程度、状态（PENDING 未全部完成 / DONE 全部完成）、是否超期、要求完成日期区间筛选")
    @RequiresPermissions("safety:task:list")
    @GetMapping("/tasks")
    public Result<List<Map<String, Object>>> list(@RequestParam(required = false) String keyword,
                                                  @RequestParam(required = false) String urgency,
                                                  @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) Boolean overdue,
                                                  @RequestParam(required = false) String dueFrom,
                                                  @RequestParam(required = false) String dueTo) {
        return Result.ok(overview.list(new TaskOverview.Filter(blank(keyword), blank(urgency), blank(status), overdue,
                day(dueFrom), day(dueTo)), CurrentUser.require()));
    }

    @Operation(summary = "可指派的网格员：本部门及下级部门的检查人员（管理员：全部）")
    @RequiresPermissions("safety:task:add")
    @GetMapping("/tasks/assignees")
    public Result<List<TaskOverview.Person>> assignees() {
        return Result.ok(overview.assignable(CurrentUser.require()));
    }

    @Operation(summary = "任务或完成情况中的附件（图片、音视频）；只能读取能查看的任务所带的附件")
    @RequiresPermissions("safety:task:list")
    @GetMapping("/tasks/{id}/files/{fileId}")
    public ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        StoredFile f = tasks.file(id, fileId);
        return files.download(f);
    }

    @Operation(summary = "可查看轨迹的检查人员：本人担任负责人的部门及其下级部门的检查人员（管理员：全部）")
    @RequiresPermissions("safety:track:list")
    @GetMapping("/tracks/inspectors")
    public Result<List<TaskOverview.Person>> trackable() {
        return Result.ok(overview.trackable(CurrentUser.require()));
    }

    @Operation(summary = "派发任务给网格员（A9）")
    @RequiresPermissions("safety:task:add")
    @PostMapping("/tasks")
    public Result<Map<String, Object>> create(@Valid @RequestBody TaskRequests.Create body) {
        return Result.ok(tasks.create(body));
    }

    @Operation(summary = "任务详情及各网格员完成情况")
    @RequiresPermissions("safety:task:list")
    @GetMapping("/tasks/{id}")
    public Result<Map<String, Object>> view(@PathVariable long id) {
        return Result.ok(tasks.view(id));
    }

    @Operation(summary = "检查人员某日签到轨迹（按时间排序，供地图展示；仅其部门负责人或管理员可见）")
    @RequiresPermissions("safety:track:list")
    @GetMapping("/tracks")
    public Result<List<Map<String, Object>>> track(@RequestParam long userId, @RequestParam(required = false) String date) {
        LocalDate day = day(date);
        return Result.ok(checkins.track(userId, day == null ? LocalDate.now() : day));
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate day(String v) {
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw BizException.badRequest("日期格式应为 yyyy-MM-dd");
        }
    }
}
