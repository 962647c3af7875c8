package com.yuyang.base.system.dict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the dictionary admin API. */
public final class DictRequests {

    private DictRequests() {
    }

    public record DictBody(
            @NotBlank(message = "字典编码不能为空")
            @Pattern(regexp = "^$|^[a-z][a-z0-9_]{1,63}$", message = "字典编码须以小写字母开头，只含小写字母、数字和下划线，2-64 位")
            String code,
            @NotBlank(message = "字典名称不能为空") @Size(max = 100, message = "字典名称不能超过 100 个字符")
            String name,
            @Size(max = 500, message = "描述不能超过 500 个字符")
            String description,
            @Pattern(regexp = "^(ACTIVE|DISABLED)$", message = "状态只能是 ACTIVE 或 DISABLED")
            String status,
            /** required on update (optimistic lock) */
            @Min(value = 0, message = "版本号不正确")
            Integer version) {
    }

    public record ItemBody(
            @NotBlank(message = "字典项值不能为空") @Size(max = 64, message = "字典项值不能超过 64 个字符")
            String value,
            @NotBlank(message = "字典项名称不能为空") @Size(max = 100, message = "字典项名称不能超过 100 个字符")
            String label,
            @NotNull(message = "排序号不能为空") @Min(value = 0, message = "排序号不能小于 0") @Max(value = 99999, message = "排序号不能大于 99999")
            Integer sortNo,
            @Pattern(regexp = "^(ACTIVE|DISABLED)$", message = "状态只能是 ACTIVE 或 DISABLED")
            String status,
            @Size(max = 32, message = "颜色不能超过 32 个字符") @Pattern(regexp = "^[#a-zA-Z0-9-]*$", message = "颜色格式不正确")
            String color,
            @Min(value = 0, message = "版本号不正确")
            Integer version) {
    }
}
