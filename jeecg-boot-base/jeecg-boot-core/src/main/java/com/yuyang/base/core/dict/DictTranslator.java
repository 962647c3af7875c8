package com.yuyang.base.core.dict;

import java.util.Map;

/**
 * Dictionary labels for code that renders values itself (the online form engine's Map rows, exports).
 * Implementations are cached: calling {@link #labels(String)} once per dictionary per response is cheap.
 */
public interface DictTranslator {

    /** value → label of the active items of a dictionary, in display order; empty for an unknown code */
    Map<String, String> labels(String dictCode);

    /** the label of one value, or {@code null} when the value is null or not in the dictionary */
    default String translate(String dictCode, Object value) {
        return value == null ? null : labels(dictCode).get(String.valueOf(value));
    }
}
