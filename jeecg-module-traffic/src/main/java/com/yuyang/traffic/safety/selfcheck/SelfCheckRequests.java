package com.yuyang.traffic.safety.selfcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the A8 self-check. */
public final class SelfCheckRequests {

    private SelfCheckRequests() {
    }

    @Schema(example = "{\"itemId\":30008,\"result\":\"UNQUALIFIED\",\"remark\":\"隐患台账 10 月未更新，已安排整改\",\"attachments\":[1790000000000000001]}")
    public record Answer(
            @NotNull(message = "自检项不能为空") Long itemId,
            @NotBlank(message = "自检结果不能为空")
            @Pattern(regexp = "QUALIFIED|UNQUALIFIED", message = "自检结果只能是 QUALIFIED（合格）或 UNQUALIFIED（不达标）")
            String result,
            @Size(max = 500, message = "情况说明不能超过500字") String remark,
            @Size(max = 9, message = "每项照片不能超过9张") List<@NotNull(message = "附件编号不能为空") Long> attachments) {
    }

    @Schema(example = "{\"items\":[{\"itemId\":30006,\"result\":\"QUALIFIED\"},{\"itemId\":30008,\"result\":\"UNQUALIFIED\","
            + "\"remark\":\"隐患台账 10 月未更新，已安排整改\",\"attachments\":[1790000000000000001]}]}")
    public record Save(
            @Size(max = 100, message = "自检项不能超过100项") List<@NotNull(message = "自检项不能为空") @Valid Answer> items) {
    }

    @Schema(example = "{\"note\":\"自检情况属实\"}")
    public record Approve(@Size(max = 500, message = "审核意见不能超过500字") String note) {
    }

    @Schema(example = "{\"reason\":\"隐患排查项照片不清晰，请补充整改前后照片\"}")
    public record Return(
            @NotBlank(message = "请填写退回原因") @Size(max = 500, message = "退回原因不能超过500字") String reason) {
    }
}
