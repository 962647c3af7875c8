package com.yuyang.base.system.position;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies and views of the position API. */
public final class PositionRequests {

    private PositionRequests() {
    }

    public record Save(
            @NotBlank(message = "岗位编码不能为空") @Size(max = 64, message = "岗位编码不能超过 64 个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]+", message = "岗位编码只能包含字母、数字、下划线和短横线") String code,
            @NotBlank(message = "岗位名称不能为空") @Size(max = 100, message = "岗位名称不能超过 100 个字符") String name,
            @Min(value = 0, message = "排序号不能为负数") @Max(value = 100000, message = "排序号过大") Integer sortNo,
            Integer version) {
    }

    public record Query(
            @Size(max = 100, message = "岗位名称不能超过 100 个字符") String name,
            @Min(value = 1, message = "页码必须大于等于 1") Integer page,
            @Min(value = 1, message = "每页条数必须大于等于 1") @Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {
    }

    public record View(Long id, String code, String name, Integer sortNo, Integer version) {
        static View of(SysPosition p) {
            return new View(p.getId(), p.getCode(), p.getName(), p.getSortNo(), p.getVersion());
        }
    }
}
