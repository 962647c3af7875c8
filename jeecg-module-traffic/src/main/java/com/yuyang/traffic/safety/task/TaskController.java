package com.yuyang.traffic.safety.task;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.web.Result;
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

    public TaskController(TaskService tasks, CheckinService checkins) {
        this.tasks = tasks;
        this.checkins = checkins;
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
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BizException.badRequest("日期格式应为 yyyy-MM-dd");
        }
        return Result.ok(checkins.track(userId, day));
    }
}
