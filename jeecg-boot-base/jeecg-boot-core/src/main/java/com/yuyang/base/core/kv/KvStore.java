package com.yuyang.base.core.kv;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived key/value state with expiry: token sessions, captchas, SMS codes, rate-limit counters.
 * Redis in prod, an in-process store in the embedded default. It is for speed and revocation,
 * never the only guard of correctness (that lives in the database).
 */
public interface KvStore {

    Optional<String> get(String key);

    void set(String key, String value, Duration ttl);

    /** Sets only when absent; true when this call set it. */
    boolean setIfAbsent(String key, String value, Duration ttl);

    /** Atomically increments a counter; the ttl is applied when the counter is created. */
    long increment(String key, Duration ttl);

    /** Renews the expiry of an existing key; false when the key is gone. */
    boolean expire(String key, Duration ttl);

    void delete(String key);

    /** Deletes every key with the given prefix (used to revoke all sessions of a user). */
    void deleteByPrefix(String prefix);

    /** Keys (without the store's namespace) that start with the given prefix; for small admin listings only. */
    java.util.List<String> keys(String prefix);
}
