package com.yuyang.base.system.sms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Query of the outbox list; exact phone search goes through the keyed hash. */
public record OutboxQuery(
        @Min(value = 1, message = "页码最小为1") Integer pageNo,
        @Min(value = 1, message = "每页条数最小为1") @Max(value = 200, message = "每页条数最大为200") Integer pageSize,
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "手机号格式不正确") String phone) {

    int page() {
        return pageNo == null ? 1 : pageNo;
    }

    int size() {
        return pageSize == null ? 20 : pageSize;
    }
}
