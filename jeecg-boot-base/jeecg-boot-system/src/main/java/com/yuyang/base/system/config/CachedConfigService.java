package com.yuyang.base.system.config;

import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** {@link ConfigService} over the per-tenant cached view. */
@Service
public class CachedConfigService implements ConfigService {

    private final ConfigCache cache;

    public CachedConfigService(ConfigCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<String> get(Long tenantId, String key) {
        return Optional.ofNullable(cache.effective(tenantId == null ? ConfigCache.SYSTEM : tenantId).get(key));
    }

    @Override
    public Optional<String> get(String key) {
        return get(CurrentUser.get().map(LoginUser::tenantId).orElse(null), key);
    }
}
