package com.yuyang.base.online.query;

import com.yuyang.base.core.exception.BizException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects per-field Chinese messages and turns them into one 400 with {@code result: {field: message}}. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return errors;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BizException(400, "数据校验失败：" + errors.values().iterator().next(), Map.copyOf(errors));
        }
    }

    public static BizException single(String field, String message) {
        return new BizException(400, message, Map.of(field, message));
    }
}
