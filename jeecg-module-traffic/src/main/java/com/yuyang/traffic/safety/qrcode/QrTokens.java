package com.yuyang.traffic.safety.qrcode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The token printed in a subject's QR code: {@code <code>.<signature>}, where code is a random identifier
 * stored with the subject and signature is an HMAC-SHA256 of it. Neither part reveals the subject id, and a
 * guessed or altered code is rejected before any database look-up.
 */
@Component
public class QrTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    public QrTokens(@Value("${platform.safety.qr-secret:${platform.security.hash-key}}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("platform.safety.qr-secret (or platform.security.hash-key) must have 16+ characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A new random code (128 bits). */
    public String newCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    public String tokenOf(String code) {
        return code + "." + B64.encodeToString(signature(code));
    }

    /** The code of a well-formed, correctly signed token. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String code = token.substring(0, dot);
        byte[] given;
        try {
            given = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(given, signature(code)) ? Optional.of(code) : Optional.empty();
    }

    private byte[] signature(String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(("safety-qr:" + code).getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
