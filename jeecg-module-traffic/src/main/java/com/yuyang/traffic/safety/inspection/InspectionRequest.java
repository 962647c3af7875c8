package com.yuyang.traffic.safety.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A6: the checklist an inspector submits for one subject. */
public record InspectionRequest(
        @NotNull(message = "主体不能为空") Long subjectId,
        @Pattern(regexp = "DAILY|RECHECK|SAMPLING|SPECIAL", message = "检查类型只能是 DAILY、RECHECK、SAMPLING 或 SPECIAL") String checkType,
        Long sourceId,
        @Size(max = 500, message = "备注不超过 500 字") String remark,
        @NotEmpty(message = "至少填写一项检查结果") @Size(max = 50, message = "一次最多提交 50 项检查结果") List<@Valid @NotNull(message = "检查结果不能为空") ItemResult> results) {

    public record ItemResult(
            @NotNull(message = "检查项不能为空") Long itemId,
            @NotNull(message = "检查结果不能为空")
            @Pattern(regexp = "QUALIFIED|UNQUALIFIED|IGNORED", message = "检查结果只能是 QUALIFIED（合格）、UNQUALIFIED（不达标）或 IGNORED（忽略）") String result,
            @Size(max = 500, message = "说明不超过 500 字") String remark,
            @Size(max = 9, message = "每项最多 9 个附件") List<@NotNull(message = "附件不能为空") Long> attachments) {
    }
}
