package com.yuyang.base.system.grid;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.kv.KvStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolved scopes per user in the shared key/value store (Redis in prod), so that every node sees an
 * eviction at once. Evict one user on their bindings, everybody on grid/role/department changes.
 */
@Component
public class DataScopeCache {

    private static final String PREFIX = "org:scope:";
    private static final Duration TTL = Duration.ofMinutes(30);
    private static final String ALL = "*";

    private final KvStore kv;

    public DataScopeCache(KvStore kv) {
        this.kv = kv;
    }

    Optional<DataScope> get(long userId) {
        return kv.get(PREFIX + userId).map(DataScopeCache::decode);
    }

    void put(long userId, DataScope scope) {
        kv.set(PREFIX + userId, encode(scope), TTL);
    }

    public void evictUser(long userId) {
        kv.delete(PREFIX + userId);
    }

    public void evictAll() {
        kv.deleteByPrefix(PREFIX);
    }

    private static String encode(DataScope s) {
        return s.all() ? ALL : s.gridIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static DataScope decode(String v) {
        if (ALL.equals(v)) {
            return DataScope.everything();
        }
        if (v.isEmpty()) {
            return DataScope.grids(Set.of());
        }
        return DataScope.grids(Arrays.stream(v.split(",")).map(Long::valueOf).collect(Collectors.toSet()));
    }
}
