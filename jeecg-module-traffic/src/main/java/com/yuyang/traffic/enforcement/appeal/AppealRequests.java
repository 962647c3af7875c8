package com.yuyang.traffic.enforcement.appeal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of B7 appeals: the public appeal and the staff reply. */
public final class AppealRequests {

    private AppealRequests() {
    }

    @Schema(example = "{\"content\":\"当日车辆已办理延期手续，请求复核\",\"appellant\":\"王某某\",\"phone\":\"13912345678\","
            + "\"media\":[\"1790000000000000001\"]}")
    public record Submit(
            @NotBlank(message = "申诉内容不能为空") @Size(max = 2000, message = "申诉内容不能超过2000字") String content,
            @NotBlank(message = "申诉人不能为空") @Size(max = 50, message = "申诉人姓名不能超过50字") String appellant,
            @NotBlank(message = "联系电话不能为空")
            @Pattern(regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$", message = "联系电话应为手机号或座机号（如 0912-3456789）")
            String phone,
            @Size(max = 9, message = "附件不能超过9个")
            List<@NotNull(message = "附件编号不能为空") @Pattern(regexp = "^\\d{1,19}$", message = "附件编号不正确") String> media) {
    }

    @Schema(example = "{\"accepted\":false,\"reply\":\"经复核，违法事实清楚，申诉理由不成立，维持原处理意见\"}")
    public record Reply(
            @NotNull(message = "请选择是否采纳申诉") Boolean accepted,
            @NotBlank(message = "答复内容不能为空") @Size(max = 2000, message = "答复内容不能超过2000字") String reply) {
    }
}
