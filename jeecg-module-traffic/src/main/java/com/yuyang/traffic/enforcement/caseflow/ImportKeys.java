package com.yuyang.traffic.enforcement.caseflow;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API keys of the third-party systems allowed to push cases: {@code platform.enforcement.import-keys.<source>=<key>}
 * (prod: from the environment). Keys shorter than 24 characters are ignored. Compared in constant time on
 * their SHA-256 digests, so neither length nor content leaks through timing.
 */
@Component
class ImportKeys {

    private final Map<String, byte[]> digests = new LinkedHashMap<>();

    ImportKeys(Environment env) {
        Binder.get(env).bind("platform.enforcement.import-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach((source, key) -> {
                    if (key != null && key.length() >= 24 && source.matches("[a-z][a-z0-9-]{0,31}")) {
                        digests.put(source, digest(key));
                    }
                });
    }

    /** The source a key belongs to. */
    Optional<String> sourceOf(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        byte[] given = digest(key);
        String found = null;
        for (Map.Entry<String, byte[]> e : digests.entrySet()) {
            if (MessageDigest.isEqual(given, e.getValue())) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
