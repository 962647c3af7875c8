package com.yuyang.base.core.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one response envelope of the platform: {@code {success, code, message, result, timestamp}}.
 * {@code code} mirrors the HTTP status so that clients that only read the body still see it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Result<T>(boolean success, int code, String message, T result, long timestamp) {

    public static <T> Result<T> ok(T result) {
        return new Result<>(true, 200, "操作成功", result, System.currentTimeMillis());
    }

    public static <T> Result<T> ok(String message, T result) {
        return new Result<>(true, 200, message, result, System.currentTimeMillis());
    }

    public static Result<Void> ok() {
        return ok(null);
    }

    public static <T> Result<T> fail(int code, String message) {
        return new Result<>(false, code, message, null, System.currentTimeMillis());
    }

    public static <T> Result<T> fail(int code, String message, T detail) {
        return new Result<>(false, code, message, detail, System.currentTimeMillis());
    }
}
