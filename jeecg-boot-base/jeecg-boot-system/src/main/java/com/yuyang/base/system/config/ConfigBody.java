package com.yuyang.base.system.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Create/update body of a configuration item; {@code tenantId} null = system-wide. */
public record ConfigBody(
        @Positive(message = "租户编号不正确")
        Long tenantId,
        @NotBlank(message = "配置键不能为空")
        @Pattern(regexp = "^$|^[a-z][a-z0-9]*([.-][a-z0-9]+)*$", message = "配置键只能包含小写字母、数字、点和连字符，如 security.lock-minutes")
        @Size(max = 100, message = "配置键不能超过 100 个字符")
        String key,
        @Size(max = 2000, message = "配置值不能超过 2000 个字符")
        String value,
        @NotBlank(message = "值类型不能为空")
        @Pattern(regexp = "^$|^(STRING|INT|BOOL|JSON)$", message = "值类型只能是 STRING、INT、BOOL 或 JSON")
        String valueType,
        @Size(max = 500, message = "描述不能超过 500 个字符")
        String description,
        @Min(value = 0, message = "版本号不正确")
        Integer version) {
}
