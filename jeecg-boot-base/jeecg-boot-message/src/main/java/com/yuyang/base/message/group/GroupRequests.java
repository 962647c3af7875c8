package com.yuyang.base.message.group;

import com.yuyang.base.message.api.MessageTargets;
import com.yuyang.base.message.target.TargetRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Request bodies and views of the notification group API. */
public final class GroupRequests {

    private GroupRequests() {
    }

    public record Save(
            @NotBlank(message = "分组名称不能为空") @Size(max = 100, message = "分组名称不能超过 100 个字符") String name,
            @Size(max = 500, message = "备注不能超过 500 个字符") String remark,
            @NotNull(message = "分组成员不能为空") @Valid TargetRequest members,
            Integer version) {
    }

    public record View(Long id, String name, String remark, MessageTargets members, Integer version,
                       String createBy, LocalDateTime createTime) {
    }
}
