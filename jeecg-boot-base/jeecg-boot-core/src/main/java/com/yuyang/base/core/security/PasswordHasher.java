package com.yuyang.base.core.security;

import com.yuyang.base.core.exception.BizException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * The one place passwords are hashed (bcrypt, adaptive) and checked against the policy: at least 8
 * characters with letters, digits and a symbol. Use it wherever a password is set (user creation too).
 */
@Component
public class PasswordHasher {

    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern SYMBOL = Pattern.compile("[^A-Za-z0-9\\s]");
    public static final String POLICY_MESSAGE = "密码至少8位，且须同时包含字母、数字和符号";

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /** Checked against when the account does not exist, so that both cases take the same time. */
    private final String dummyHash = encoder.encode("no-such-user-" + System.nanoTime());

    public String hash(String raw) {
        return encoder.encode(raw);
    }

    public boolean matches(String raw, String hash) {
        if (raw == null || hash == null || hash.isBlank()) {
            encoder.matches(raw == null ? "" : raw, dummyHash);
            return false;
        }
        return encoder.matches(raw, hash);
    }

    /** 400 with the policy in Chinese when the password is too weak. */
    public void checkPolicy(String raw) {
        if (raw == null || raw.length() < 8 || raw.length() > 64 || raw.chars().anyMatch(Character::isWhitespace)
                || !LETTER.matcher(raw).find() || !DIGIT.matcher(raw).find() || !SYMBOL.matcher(raw).find()) {
            throw BizException.badRequest(POLICY_MESSAGE + "（不超过64位，不含空格）");
        }
    }
}
