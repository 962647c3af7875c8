package com.yuyang.traffic.safety.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Request bodies of review management (A10). Field names of {@code data} are the form columns (snake_case). */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(example = "{\"kind\": \"EMPLOYEE\", \"data\": {\"name\": \"马驾驶\", \"sex\": \"M\", \"age\": 38,"
            + " \"id_card\": \"610802198801010011\", \"phone\": \"13991230021\", \"job\": \"货车驾驶员\"}}")
    public record Submit(
            @NotBlank(message = "资料类型不能为空") String kind,
            Long targetId,
            @NotEmpty(message = "提交的资料不能为空") @Size(max = 20, message = "字段过多") Map<String, Object> data) {
    }

    @Schema(example = "{\"reason\": \"道路运输经营许可证号与中心档案不一致，请核对后重新提交\"}")
    public record Return(
            @NotBlank(message = "退回原因不能为空") @Size(max = 500, message = "退回原因不能超过500字") String reason) {
    }
}
