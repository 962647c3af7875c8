package com.yuyang.base.core.kv;

import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Redis-backed {@link KvStore}: shared by every application node, so revocation is seen everywhere. */
public class RedisKvStore implements KvStore {

    private final StringRedisTemplate redis;
    private final String prefix;

    public RedisKvStore(StringRedisTemplate redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.opsForValue().get(prefix + key));
    }

    @Override
    public void set(String key, String value, Duration ttl) {
        if (ttl == null) {
            redis.opsForValue().set(prefix + key, value);
        } else {
            redis.opsForValue().set(prefix + key, value, ttl);
        }
    }

    @Override
    public boolean setIfAbsent(String key, String value, Duration ttl) {
        Boolean ok = ttl == null ? redis.opsForValue().setIfAbsent(prefix + key, value)
                : redis.opsForValue().setIfAbsent(prefix + key, value, ttl);
        return Boolean.TRUE.equals(ok);
    }

    @Override
    public long increment(String key, Duration ttl) {
        Long n = redis.opsForValue().increment(prefix + key);
        if (n != null && n == 1L && ttl != null) {
            redis.expire(prefix + key, ttl);
        }
        return n == null ? 0 : n;
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        return Boolean.TRUE.equals(redis.expire(prefix + key, ttl));
    }

    @Override
    public void delete(String key) {
        redis.delete(prefix + key);
    }

    @Override
    public void deleteByPrefix(String keyPrefix) {
        List<String> keys = scan(keyPrefix);
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Override
    public List<String> keys(String keyPrefix) {
        return scan(keyPrefix).stream().map(k -> k.substring(prefix.length())).toList();
    }

    private List<String> scan(String keyPrefix) {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> c = redis.scan(ScanOptions.scanOptions().match(prefix + keyPrefix + "*").count(500).build())) {
            c.forEachRemaining(keys::add);
        }
        return keys;
    }
}
