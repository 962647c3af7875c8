package com.yuyang.traffic.safety.measure;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of supervision measures (A9). */
public final class MeasureRequests {

    private MeasureRequests() {
    }

    @Schema(example = "{\"inspectionId\": 1790000000000000002, \"itemIds\": [30008], \"note\": \"隐患台账未更新，限期复查\"}")
    public record Open(
            @NotNull(message = "检查记录不能为空") Long inspectionId,
            @Size(max = 50, message = "检查项不能超过50个") List<@NotNull(message = "检查项不能为空") Long> itemIds,
            @Size(max = 500, message = "备注不能超过500字") String note) {
    }

    @Schema(example = "{\"toState\": \"PENALTY\", \"note\": \"逾期未整改\", \"version\": 0,"
            + " \"penalties\": [{\"itemId\": 30008, \"amount\": 40000}], \"confirmOutOfRange\": true}")
    public record Transition(
            @NotBlank(message = "目标环节不能为空") @Size(max = 32, message = "目标环节编码过长") String toState,
            @Size(max = 500, message = "备注不能超过500字") String note,
            @Size(max = 50, message = "处罚明细不能超过50条") List<@Valid @NotNull(message = "处罚明细不能为空") Penalty> penalties,
            Boolean confirmOutOfRange,
            Integer version) {
    }

    public record Penalty(
            @NotNull(message = "处罚检查项不能为空") Long itemId,
            @NotNull(message = "处罚金额不能为空") @DecimalMin(value = "0.01", message = "处罚金额必须大于0")
            @DecimalMax(value = "100000000", message = "处罚金额不能超过1亿元")
            @Digits(integer = 9, fraction = 2, message = "处罚金额最多两位小数") BigDecimal amount) {
    }

    @Schema(example = "{\"states\": [{\"code\": \"RECHECK\", \"name\": \"复查\", \"subjectStatus\": \"ABNORMAL\"},"
            + " {\"code\": \"CLOSED\", \"name\": \"结案\", \"subjectStatus\": \"NORMAL\", \"terminal\": true}],"
            + " \"transitions\": [{\"from\": \"RECHECK\", \"to\": \"CLOSED\", \"roles\": [\"inspector\", \"dept_leader\"]}]}")
    public record RulesBody(
            @NotEmpty(message = "状态不能为空") @Size(max = 30, message = "状态不能超过30个") List<@Valid @NotNull(message = "状态不能为空") StateBody> states,
            @NotNull(message = "流转规则不能为空") @Size(max = 200, message = "流转规则不能超过200条") List<@Valid @NotNull(message = "流转规则不能为空") TransitionBody> transitions) {
    }

    public record StateBody(
            @NotBlank(message = "状态编码不能为空") String code,
            @NotBlank(message = "状态名称不能为空") @Size(max = 50, message = "状态名称不能超过50字") String name,
            String subjectStatus,
            Boolean penalty,
            Boolean terminal,
            Integer sortNo) {
    }

    public record TransitionBody(
            @NotBlank(message = "起始状态不能为空") String from,
            @NotBlank(message = "目标状态不能为空") String to,
            @NotEmpty(message = "可办理角色不能为空") @Size(max = 20, message = "角色不能超过20个") List<@NotBlank(message = "角色不能为空") String> roles,
            Integer sortNo) {
    }
}
