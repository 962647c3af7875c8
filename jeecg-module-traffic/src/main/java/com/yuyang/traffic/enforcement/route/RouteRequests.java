package com.yuyang.traffic.enforcement.route;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public final class RouteRequests {

    private RouteRequests() {
    }

    @Schema(description = "保存流转路线（生成新版本；已在办案件仍按原版本流转）")
    public record Save(
            @Schema(description = "编辑时所基于的版本号（首次配置为 0）；他人已先保存则 409", example = "1")
            @NotNull(message = "基于的版本号不能为空") @Min(value = 0, message = "版本号不能为负数") Integer baseVersionNo,
            @Schema(description = "修改说明", example = "核实时限改为 2 个工作日")
            @Size(max = 500, message = "修改说明不能超过 500 个字符") String remark,
            @NotEmpty(message = "路线至少要有一个环节") @Size(max = 20, message = "路线最多 20 个环节")
            List<@Valid @NotNull(message = "环节不能为空") Stage> stages) {
    }

    @Schema(description = "路线中的一个环节")
    public record Stage(
            @Schema(description = "环节代码", example = "VERIFY")
            @NotBlank(message = "环节代码不能为空") String stageCode,
            @Schema(description = "环节名称（默认为标准名称）", example = "核实")
            @Size(max = 50, message = "环节名称不能超过 50 个字符") String stageName,
            @Schema(description = "可办理该环节的角色编码", example = "[\"enforcer\"]")
            @NotEmpty(message = "每个环节至少指定一个可办理的角色") @Size(max = 10, message = "每个环节最多 10 个角色")
            List<@NotBlank(message = "角色编码不能为空") String> roleCodes,
            @Schema(description = "时限数值（与单位同时为空表示不限时）", example = "2")
            @Min(value = 1, message = "时限必须大于 0") @Max(value = 8760, message = "时限过大") Integer timeLimit,
            @Schema(description = "时限单位：HOURS 小时 / WORKING_DAYS 工作日", example = "WORKING_DAYS") String timeUnit) {
    }
}
