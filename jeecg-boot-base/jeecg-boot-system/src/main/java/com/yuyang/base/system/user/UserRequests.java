package com.yuyang.base.system.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yuyang.base.core.crypto.Sensitive;
import com.yuyang.base.core.crypto.SensitiveKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

/** Request bodies and views of the user administration API. Views never carry hashes or ciphertext. */
public final class UserRequests {

    static final String PHONE = "1[3-9]\\d{9}";
    static final String PHONE_OR_EMPTY = "(" + PHONE + ")?";
    static final String PASSWORD = "^(?=.*[A-Za-z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,64}$";

    private UserRequests() {
    }

    public record Create(
            @NotBlank(message = "用户名不能为空") @Size(min = 3, max = 64, message = "用户名长度应为 3~64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_.@-]+", message = "用户名只能包含字母、数字和 _ . @ -") String username,
            @NotBlank(message = "密码不能为空")
            @Pattern(regexp = PASSWORD, message = "密码至少 8 位且不超过 64 位，须同时包含字母、数字和符号") String password,
            @NotBlank(message = "姓名不能为空") @Size(max = 64, message = "姓名不能超过 64 个字符") String realName,
            @Pattern(regexp = PHONE_OR_EMPTY, message = "手机号码格式不正确") String phone,
            @IdCardNumber String idCard,
            @Email(message = "邮箱格式不正确") @Size(max = 128, message = "邮箱不能超过 128 个字符") String email,
            @Positive(message = "所属部门不正确") Long deptId,
            @Positive(message = "岗位不正确") Long positionId,
            @Pattern(regexp = "STAFF|ENTERPRISE|DRIVER", message = "用户类型只能是 STAFF、ENTERPRISE 或 DRIVER") String userType,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status) {
    }

    /** phone/idCard: null keeps the stored value, empty text clears it. */
    public record Update(
            @NotBlank(message = "姓名不能为空") @Size(max = 64, message = "姓名不能超过 64 个字符") String realName,
            @Pattern(regexp = PHONE_OR_EMPTY, message = "手机号码格式不正确") String phone,
            @IdCardNumber String idCard,
            @Email(message = "邮箱格式不正确") @Size(max = 128, message = "邮箱不能超过 128 个字符") String email,
            @Positive(message = "所属部门不正确") Long deptId,
            @Positive(message = "岗位不正确") Long positionId,
            @Pattern(regexp = "STAFF|ENTERPRISE|DRIVER", message = "用户类型只能是 STAFF、ENTERPRISE 或 DRIVER") String userType,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status,
            @NotNull(message = "版本号不能为空") Integer version) {
    }

    public record Query(
            @Size(max = 64, message = "用户名不能超过 64 个字符") String username,
            @Size(max = 64, message = "姓名不能超过 64 个字符") String realName,
            @Positive(message = "所属部门不正确") Long deptId,
            @Pattern(regexp = "ACTIVE|DISABLED", message = "状态只能是 ACTIVE 或 DISABLED") String status,
            @Pattern(regexp = PHONE, message = "手机号码格式不正确") String phone,
            @Min(value = 1, message = "页码必须大于等于 1") Integer page,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {
    }

    public record RoleBinding(@NotNull(message = "角色列表不能为空") @Size(max = 100, message = "角色数量过多")
                              List<@NotNull(message = "角色编号不能为空") Long> roleIds) {
    }

    public record GridBinding(@NotNull(message = "网格列表不能为空") @Size(max = 500, message = "网格数量过多")
                              List<@NotNull(message = "网格编号不能为空") Long> gridIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(Long id, String username, String realName,
                       @Sensitive(kind = SensitiveKind.PHONE) String phone,
                       @Sensitive(kind = SensitiveKind.ID_CARD) String idCard,
                       String email, Long deptId, Long positionId, String userType, String status,
                       LocalDateTime lockUntil, LocalDateTime lastLoginAt, Integer version, LocalDateTime createTime,
                       List<Long> roleIds, List<Long> gridIds) {
    }
}
