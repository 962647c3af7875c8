package com.yuyang.base.system.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ChangePasswordRequest(
        @NotBlank(message = "原密码不能为空") @Size(max = 128, message = "原密码不能超过128个字符") String oldPassword,
        @NotBlank(message = "新密码不能为空") @Size(max = 64, message = "新密码不能超过64个字符") String newPassword) {
}
