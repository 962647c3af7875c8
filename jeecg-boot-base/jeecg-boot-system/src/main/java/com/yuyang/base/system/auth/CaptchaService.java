package com.yuyang.base.system.auth;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.base.core.security.SecuritySettings;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Image captchas: single use (consumed by the first check, right or wrong) and short-lived. */
@Service
public class CaptchaService {

    public record Captcha(String key, String image) {
    }

    static final String PREFIX = "auth:captcha:";

    private final KvStore kv;
    private final SecuritySettings settings;
    private final CaptchaRenderer renderer = new CaptchaRenderer();

    public CaptchaService(KvStore kv, SecuritySettings settings) {
        this.kv = kv;
        this.settings = settings;
    }

    public Captcha create() {
        String key = UUID.randomUUID().toString().replace("-", "");
        String code = renderer.randomDigits(4);
        kv.set(PREFIX + key, code, Duration.ofSeconds(settings.getCaptchaTtlSeconds()));
        return new Captcha(key, renderer.render(code));
    }

    /** True when the code matches; the captcha is gone afterwards either way. */
    public boolean verify(String key, String code) {
        if (key == null || code == null || key.isBlank() || key.length() > 64) {
            return false;
        }
        Optional<String> expected = kv.get(PREFIX + key);
        kv.delete(PREFIX + key);
        return expected.isPresent() && expected.get().equalsIgnoreCase(code.trim());
    }
}
