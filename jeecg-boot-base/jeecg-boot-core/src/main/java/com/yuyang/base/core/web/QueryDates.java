package com.yuyang.base.core.web;

import com.yuyang.base.core.exception.BizException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Optional yyyy-MM-dd request values (date filters of statistics and searches): blank = not given, malformed = 400. */
public final class QueryDates {

    private QueryDates() {
    }

    /** A parameter named in the message by its request name ({@code 日期参数 from 格式应为 …}). */
    public static LocalDate optional(String value, String name) {
        return labelled(value, "日期参数 " + name + " ");
    }

    /** A field named in the message by its Chinese label ({@code 开始日期格式应为 …}). */
    public static LocalDate labelled(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BizException.badRequest(label + "格式应为 yyyy-MM-dd");
        }
    }
}
