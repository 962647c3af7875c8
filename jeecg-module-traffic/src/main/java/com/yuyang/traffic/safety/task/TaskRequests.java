package com.yuyang.traffic.safety.task;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Request bodies of tasks and check-in (A9). */
public final class TaskRequests {

    private TaskRequests() {
    }

    @Schema(example = "{\"title\":\"节前危货企业安全检查\",\"urgency\":\"URGENT\",\"dueTime\":\"2026-12-01 18:00:00\","
            + "\"content\":\"对辖区危货企业开展节前检查\",\"media\":[1790000000000000001],\"assigneeIds\":[2,3]}")
    public record Create(
            @NotBlank(message = "任务标题不能为空") @Size(max = 200, message = "任务标题不能超过200字") String title,
            @NotBlank(message = "紧急程度不能为空") String urgency,
            @NotNull(message = "要求完成时间不能为空") @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime dueTime,
            @Size(max = 4000, message = "任务内容不能超过4000字") String content,
            @Size(max = 20, message = "附件不能超过20个") List<@NotNull(message = "附件编号不能为空") Long> media,
            @NotEmpty(message = "请指派网格员") @Size(max = 200, message = "指派人员不能超过200人")
            List<@NotNull(message = "指派人员不能为空") Long> assigneeIds) {
    }

    @Schema(example = "{\"record\":\"已完成 5 家企业检查，发现隐患 2 处并督促整改\",\"media\":[1790000000000000002]}")
    public record Complete(
            @NotBlank(message = "完成情况不能为空") @Size(max = 4000, message = "完成情况不能超过4000字") String record,
            @Size(max = 20, message = "附件不能超过20个") List<@NotNull(message = "附件编号不能为空") Long> media) {
    }

    @Schema(example = "{\"type\":\"AT_SUBJECT\",\"lng\":109.7345,\"lat\":38.2852,\"subjectId\":31001}")
    public record Checkin(
            @NotBlank(message = "打卡类型不能为空")
            @Pattern(regexp = "ON_DUTY|OFF_DUTY|AT_SUBJECT|OUTING", message = "打卡类型只能是 ON_DUTY、OFF_DUTY、AT_SUBJECT 或 OUTING")
            String type,
            @NotNull(message = "经度不能为空") @DecimalMin(value = "-180", message = "经度必须在-180到180之间")
            @DecimalMax(value = "180", message = "经度必须在-180到180之间") BigDecimal lng,
            @NotNull(message = "纬度不能为空") @DecimalMin(value = "-90", message = "纬度必须在-90到90之间")
            @DecimalMax(value = "90", message = "纬度必须在-90到90之间") BigDecimal lat,
            Long subjectId,
            @Size(max = 500, message = "外出事项不能超过500字") String errand) {
    }
}
