package com.yuyang.traffic.enforcement.publicpage;

import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.kv.KvStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window counters per client address for the anonymous case pages (reads, appeals, uploads), kept in the
 * KvStore (Redis in prod, so every node counts together). Limits are sys_config items an admin can change at
 * run time. The address is only ever used as a keyed hash, never stored in clear.
 */
@Component
public class PublicRateLimit {

    public enum Kind {
        READ("enforcement.public.reads-per-ip-minute", 120, Duration.ofMinutes(1), "查看过于频繁，请稍后再试"),
        APPEAL("enforcement.public.appeals-per-ip-hour", 20, Duration.ofHours(1), "申诉提交过于频繁，请一小时后再试"),
        UPLOAD("enforcement.public.uploads-per-ip-hour", 30, Duration.ofHours(1), "附件上传过于频繁，请一小时后再试");

        final String configKey;
        final int defaultLimit;
        final Duration window;
        final String message;

        Kind(String configKey, int defaultLimit, Duration window, String message) {
            this.configKey = configKey;
            this.defaultLimit = defaultLimit;
            this.window = window;
            this.message = message;
        }
    }

    private final KvStore kv;
    private final ConfigService config;
    private final FieldCipher cipher;

    public PublicRateLimit(KvStore kv, ConfigService config, FieldCipher cipher) {
        this.kv = kv;
        this.config = config;
        this.cipher = cipher;
    }

    /** The keyed hash of a client address (what we store and count by). */
    public String clientHash(String address) {
        return cipher.hash("enf-public:" + (address == null ? "?" : address));
    }

    /** Counts one request of {@code kind} from the address; 429 with a Chinese message over the limit. */
    public void hit(Kind kind, String clientHash) {
        long window = Instant.now().getEpochSecond() / kind.window.getSeconds();
        long n = kv.increment("enf:rate:" + kind.name().toLowerCase() + ":" + clientHash + ":" + window,
                kind.window.plusSeconds(5));
        if (n > config.getInt(kind.configKey, kind.defaultLimit)) {
            throw BizException.tooMany(kind.message);
        }
    }
}
