package com.yuyang.base.core.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque signed token {@code v1.<userId>.<sessionId>.<hmac>}: the signature lets a request be refused
 * without a store lookup when forged, the server-side session record makes revocation immediate.
 */
public class TokenCodec {

    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public record Claims(long userId, String sessionId) {
    }

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public TokenCodec(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("platform.security.token-secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String newSessionId() {
        byte[] b = new byte[18];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }

    public String encode(Claims claims) {
        String body = VERSION + "." + claims.userId() + "." + claims.sessionId();
        return body + "." + sign(body);
    }

    /** Empty for anything malformed or wrongly signed; never throws on client input. */
    public Optional<Claims> decode(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        if (last <= 0) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claims(Long.parseLong(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("token signing failed", e);
        }
    }
}
