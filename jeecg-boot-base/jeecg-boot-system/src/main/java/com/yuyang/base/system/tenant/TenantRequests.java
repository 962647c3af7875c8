package com.yuyang.base.system.tenant;

import com.yuyang.base.core.crypto.Sensitive;
import com.yuyang.base.core.crypto.SensitiveKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies and views of the tenant API. */
public final class TenantRequests {

    private TenantRequests() {
    }

    public record Save(
            @NotBlank(message = "租户名称不能为空") @Size(max = 100, message = "租户名称不能超过 100 个字符") String name,
            @NotBlank(message = "租户编码不能为空") @Size(max = 64, message = "租户编码不能超过 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]+", message = "租户编码只能包含字母、数字、下划线和短横线") String code,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status,
            @Size(max = 64, message = "联系人不能超过 64 个字符") String contactName,
            @Pattern(regexp = "(1[3-9]\\d{9})?", message = "联系电话格式不正确") String contactPhone,
            @Size(max = 500, message = "备注不能超过 500 个字符") String remark,
            Integer version) {
    }

    public record Query(
            @Size(max = 100, message = "租户名称不能超过 100 个字符") String name,
            @Min(value = 1, message = "页码必须大于等于 1") Integer page,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {
    }

    public record View(Long id, String name, String code, String status, String contactName,
                       @Sensitive(kind = SensitiveKind.PHONE) String contactPhone, String remark, Integer version) {
    }
}
