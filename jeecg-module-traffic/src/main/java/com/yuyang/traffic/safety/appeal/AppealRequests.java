package com.yuyang.traffic.safety.appeal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of appeals (A8, A10). Files are ids returned by POST /api/files, uploaded by the caller. */
public final class AppealRequests {

    private AppealRequests() {
    }

    @Schema(example = "{\"inspectionId\": 1790000000000000002, \"content\": \"隐患台账已于检查前更新，附更新记录\", \"files\": [1790000000000000005]}")
    public record Submit(
            @NotNull(message = "检查记录不能为空") Long inspectionId,
            @NotBlank(message = "申诉内容不能为空") @Size(max = 2000, message = "申诉内容不能超过2000字") String content,
            @Size(max = 9, message = "附件不能超过9个") List<@NotNull(message = "附件不能为空") Long> files) {
    }

    @Schema(example = "{\"content\": \"经核实，台账更新记录属实，该项改判合格\", \"files\": []}")
    public record Answer(
            @NotBlank(message = "答复内容不能为空") @Size(max = 2000, message = "答复内容不能超过2000字") String content,
            @Size(max = 9, message = "附件不能超过9个") List<@NotNull(message = "附件不能为空") Long> files) {
    }
}
