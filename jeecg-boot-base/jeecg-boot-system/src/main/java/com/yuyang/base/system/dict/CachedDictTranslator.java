package com.yuyang.base.system.dict;

import com.yuyang.base.core.dict.DictTranslator;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link DictTranslator} over the dictionary cache. */
@Component
public class CachedDictTranslator implements DictTranslator {

    private final DictCache cache;

    public CachedDictTranslator(DictCache cache) {
        this.cache = cache;
    }

    @Override
    public Map<String, String> labels(String dictCode) {
        if (dictCode == null || dictCode.isBlank()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        cache.items(dictCode).forEach(i -> out.put(i.itemValue(), i.itemLabel()));
        return Collections.unmodifiableMap(out);
    }
}
