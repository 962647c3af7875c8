package com.yuyang.base.message.push;

import com.yuyang.base.core.kv.KvStore;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One-time, short-lived tickets for opening the SSE stream: a browser's EventSource cannot send the
 * X-Access-Token header, and a long-lived token must not travel in a URL (logs, history).
 * Single use is enforced by an atomic set-if-absent on a "used" marker, so two racing redeems cannot both win.
 */
@Service
public class StreamTicketService {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final String KEY = "msg:stream-ticket:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KvStore kv;

    public StreamTicketService(KvStore kv) {
        this.kv = kv;
    }

    public String issue(long userId) {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        kv.set(KEY + ticket, String.valueOf(userId), TTL);
        return ticket;
    }

    public Optional<Long> redeem(String ticket) {
        if (ticket == null || !ticket.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        Optional<String> user = kv.get(KEY + ticket);
        if (user.isEmpty() || !kv.setIfAbsent(KEY + ticket + ":used", "1", TTL)) {
            return Optional.empty();
        }
        kv.delete(KEY + ticket);
        return user.map(Long::valueOf);
    }
}
