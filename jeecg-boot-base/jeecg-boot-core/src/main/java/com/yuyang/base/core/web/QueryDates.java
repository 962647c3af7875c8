package com.yuyang.base.core.web;

import com.yuyang.base.core.exception.BizException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Optional yyyy-MM-dd request values (date filters of statistics and searches): blank = not given, malformed = 400. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate optional(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BizException.badRequest("日期参数 " + name + " 格式应为 yyyy-MM-dd");
        }
    }
}
