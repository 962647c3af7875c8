package com.yuyang.base.system.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record SmsLoginRequest(
        @NotBlank(message = "手机号不能为空") @Pattern(regexp = "^1[3-9]\\d{9}$", message = "手机号格式不正确") String phone,
        @NotBlank(message = "验证码不能为空") @Pattern(regexp = "^\\d{6}$", message = "验证码应为6位数字") String code) {
}
