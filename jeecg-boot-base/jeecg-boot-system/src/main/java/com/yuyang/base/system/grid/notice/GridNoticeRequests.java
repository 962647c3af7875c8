package com.yuyang.base.system.grid.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Request bodies and views of the grid notice API. */
public final class GridNoticeRequests {

    private GridNoticeRequests() {
    }

    public record Create(
            @NotNull(message = "所属网格不能为空") @Positive(message = "所属网格不正确") Long gridId,
            @NotBlank(message = "标题不能为空") @Size(max = 200, message = "标题不能超过 200 个字符") String title,
            @Size(max = 4000, message = "内容不能超过 4000 个字符") String content,
            LocalDateTime publishTime) {
    }

    public record Update(
            @NotNull(message = "所属网格不能为空") @Positive(message = "所属网格不正确") Long gridId,
            @NotBlank(message = "标题不能为空") @Size(max = 200, message = "标题不能超过 200 个字符") String title,
            @Size(max = 4000, message = "内容不能超过 4000 个字符") String content,
            LocalDateTime publishTime,
            @NotNull(message = "版本号不能为空") Integer version) {
    }

    public record Query(
            Long gridId,
            @Size(max = 200, message = "标题不能超过 200 个字符") String title,
            @jakarta.validation.constraints.Min(value = 1, message = "页码必须大于等于 1") Integer page,
            @jakarta.validation.constraints.Min(value = 1, message = "每页条数必须大于等于 1")
            @jakarta.validation.constraints.Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {
    }

    public record View(Long id, Long gridId, String title, String content, LocalDateTime publishTime,
                       Integer version, String createBy, LocalDateTime createTime) {

        static View of(SysGridNotice n) {
            return new View(n.getId(), n.getGridId(), n.getTitle(), n.getContent(), n.getPublishTime(),
                    n.getVersion(), n.getCreateBy(), n.getCreateTime());
        }
    }
}
