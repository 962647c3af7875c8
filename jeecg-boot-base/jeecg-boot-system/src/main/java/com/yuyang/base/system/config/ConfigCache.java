package com.yuyang.base.system.config;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.HashMap;

/**
 * The effective configuration of a tenant (system values overlaid by the tenant's own), one cache entry per
 * tenant; any change clears all entries (changes are rare, reads are on hot paths).
 */
@Component
public class ConfigCache {

    public static final String CACHE = "sys:config";
    /** cache key of the system-wide view (no tenant) */
    static final long SYSTEM = 0L;

    private final SysConfigMapper mapper;

    public ConfigCache(SysConfigMapper mapper) {
        this.mapper = mapper;
    }

    @Cacheable(cacheNames = CACHE, key = "#tenantId")
    public HashMap<String, String> effective(long tenantId) {
        HashMap<String, String> out = new HashMap<>();
        mapper.selectList(new LambdaQueryWrapper<SysConfig>().isNull(SysConfig::getTenantId))
                .forEach(c -> out.put(c.getConfigKey(), c.getConfigValue()));
        if (tenantId != SYSTEM) {
            mapper.selectList(new LambdaQueryWrapper<SysConfig>().eq(SysConfig::getTenantId, tenantId))
                    .forEach(c -> out.put(c.getConfigKey(), c.getConfigValue()));
        }
        return out;
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void clear() {
        // annotation does the work
    }
}
