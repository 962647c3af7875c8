package com.yuyang.traffic.safety.sampling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sampling order (A4): the scope (all optional: what the caller may see under grid isolation), how many
 * subjects (a share in (0, 1] or a count, exactly one of them) and how many check items per subject.
 */
@Schema(example = "{\"subjectRatio\": 0.05, \"itemCount\": 2, \"gridIds\": [101, 102]}")
public record SamplingRequest(
        Long unitId,
        @Size(max = 200, message = "部门数量不能超过200") List<Long> deptIds,
        @Size(max = 500, message = "网格数量不能超过500") List<Long> gridIds,
        @Size(max = 200, message = "行业数量不能超过200") List<Long> industryIds,
        @Positive(message = "抽取比例必须大于0")
        @DecimalMax(value = "1", message = "抽取比例不能大于1") BigDecimal subjectRatio,
        @Min(value = 1, message = "抽取数量至少为1")
        @Max(value = 100000, message = "抽取数量不能超过100000") Integer subjectCount,
        @NotNull(message = "检查项数量不能为空")
        @Min(value = 1, message = "检查项数量至少为1")
        @Max(value = 100, message = "检查项数量不能超过100") Integer itemCount) {
}
