package com.yuyang.base.core.crypto;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encryption at rest for phone and ID-card numbers (E2): AES-256-GCM with a random 96-bit nonce per value
 * (stored as base64 of nonce||ciphertext||tag), plus an HMAC-SHA256 keyed hash for exact-match search.
 * Keys come from configuration; prod refuses to start with the development defaults.
 */
public class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec aesKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64AesKey 16, 24 or 32 bytes, base64-encoded
     * @param hashKey      any secret text, at least 16 characters
     */
    public FieldCipher(String base64AesKey, String hashKey) {
        byte[] key = Base64.getDecoder().decode(base64AesKey);
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("platform.security.crypto-key must decode to 16, 24 or 32 bytes");
        }
        if (hashKey == null || hashKey.length() < 16) {
            throw new IllegalArgumentException("platform.security.hash-key must be at least 16 characters");
        }
        this.aesKey = new SecretKeySpec(key, "AES");
        this.macKey = new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered value)", e);
        }
    }

    /** Keyed hash for exact search; never reversible, stable for one key. */
    public String hash(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hash failed", e);
        }
    }
}
