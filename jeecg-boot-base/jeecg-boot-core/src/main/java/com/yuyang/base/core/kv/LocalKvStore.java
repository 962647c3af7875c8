package com.yuyang.base.core.kv;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** In-process {@link KvStore} for the embedded profile: one JVM, expiry checked on read and swept lazily. */
public class LocalKvStore implements KvStore {

    private record Entry(String value, long expiresAtMillis) {
        boolean expired(long now) {
            return expiresAtMillis > 0 && now >= expiresAtMillis;
        }
    }

    private final ConcurrentMap<String, Entry> map = new ConcurrentHashMap<>();
    private final String prefix;

    public LocalKvStore(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    private static long deadline(Duration ttl) {
        return ttl == null ? 0 : System.currentTimeMillis() + ttl.toMillis();
    }

    @Override
    public Optional<String> get(String key) {
        Entry e = map.get(prefix + key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expired(System.currentTimeMillis())) {
            map.remove(prefix + key, e);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        sweepOccasionally();
        map.put(prefix + key, new Entry(value, deadline(ttl)));
    }

    @Override
    public boolean setIfAbsent(String key, String value, Duration ttl) {
        long now = System.currentTimeMillis();
        Entry fresh = new Entry(value, deadline(ttl));
        boolean[] set = {false};
        map.compute(prefix + key, (k, old) -> {
            if (old == null || old.expired(now)) {
                set[0] = true;
                return fresh;
            }
            return old;
        });
        return set[0];
    }

    @Override
    public long increment(String key, Duration ttl) {
        long now = System.currentTimeMillis();
        Entry e = map.compute(prefix + key, (k, old) -> {
            if (old == null || old.expired(now)) {
                return new Entry("1", deadline(ttl));
            }
            return new Entry(String.valueOf(Long.parseLong(old.value()) + 1), old.expiresAtMillis());
        });
        return Long.parseLong(e.value());
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        long now = System.currentTimeMillis();
        Entry e = map.computeIfPresent(prefix + key,
                (k, old) -> old.expired(now) ? null : new Entry(old.value(), deadline(ttl)));
        return e != null;
    }

    @Override
    public void delete(String key) {
        map.remove(prefix + key);
    }

    @Override
    public void deleteByPrefix(String keyPrefix) {
        String p = prefix + keyPrefix;
        map.keySet().removeIf(k -> k.startsWith(p));
    }

    @Override
    public java.util.List<String> keys(String keyPrefix) {
        String p = prefix + keyPrefix;
        long now = System.currentTimeMillis();
        return map.entrySet().stream()
                .filter(en -> en.getKey().startsWith(p) && !en.getValue().expired(now))
                .map(en -> en.getKey().substring(prefix.length()))
                .toList();
    }

    private void sweepOccasionally() {
        if (map.size() > 10_000 && (System.nanoTime() & 0xFF) == 0) {
            long now = System.currentTimeMillis();
            map.entrySet().removeIf(en -> en.getValue().expired(now));
        }
    }
}
