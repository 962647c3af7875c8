package com.yuyang.traffic.safety.escalation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the escalation flow (A5). */
public final class EscalationRequests {

    private EscalationRequests() {
    }

    @Schema(example = "{\"subjectId\": 31003, \"itemIds\": [30013], \"reason\": \"设备设施安全不在本人检查职责内\"}")
    public record Raise(
            @NotNull(message = "被检查主体不能为空") Long subjectId,
            @NotEmpty(message = "检查项不能为空") @Size(max = 50, message = "检查项不能超过50个") List<@NotNull(message = "检查项不能为空") Long> itemIds,
            @NotBlank(message = "流转原因不能为空") @Size(max = 500, message = "流转原因不能超过500字") String reason) {
    }

    @Schema(example = "{\"inspectorId\": 2, \"note\": \"由张网格复查\"}")
    public record Reassign(
            @NotNull(message = "检查人员不能为空") Long inspectorId,
            @Size(max = 500, message = "备注不能超过500字") String note) {
    }

    @Schema(example = "{\"reason\": \"不属于本部门职责，上报局机关\"}")
    public record Escalate(
            @NotBlank(message = "上报原因不能为空") @Size(max = 500, message = "上报原因不能超过500字") String reason) {
    }
}
