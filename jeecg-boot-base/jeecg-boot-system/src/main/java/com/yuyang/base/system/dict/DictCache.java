package com.yuyang.base.system.dict;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The cached read side of dictionaries: one entry per dictionary code, evicted when it changes. */
@Component
public class DictCache {

    public static final String CACHE = "sys:dict";

    private final SysDictItemMapper items;

    public DictCache(SysDictItemMapper items) {
        this.items = items;
    }

    @Cacheable(cacheNames = CACHE, key = "#code")
    public List<DictItemView> items(String code) {
        return new ArrayList<>(items.activeItems(code));
    }

    @CacheEvict(cacheNames = CACHE, key = "#code")
    public void evict(String code) {
        // annotation does the work
    }
}
