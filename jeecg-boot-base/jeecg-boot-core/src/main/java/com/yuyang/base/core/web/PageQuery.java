package com.yuyang.base.core.web;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters of list endpoints: {@code ?page=1&size=20} (size at most 1000). */
public record PageQuery(
        @Min(value = 1, message = "页码必须大于等于 1") Integer page,
        @Min(value = 1, message = "每页条数必须大于等于 1")
        @Max(value = 1000, message = "每页条数不能超过 1000") Integer size) {

    public <T> Page<T> toPage() {
        return new Page<>(page == null ? 1 : page, size == null ? 20 : size);
    }
}
