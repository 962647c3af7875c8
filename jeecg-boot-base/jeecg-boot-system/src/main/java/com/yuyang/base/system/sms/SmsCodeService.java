package com.yuyang.base.system.sms;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.kv.KvStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One-time SMS codes (C8, E2): 6 digits, stored only as a keyed hash in the KvStore with a short expiry,
 * at most N verification attempts, per-phone rate limits (an interval and a daily cap, answered 429).
 * Whether a phone belongs to an account is never revealed: the answer is the same, only no SMS goes out.
 */
@Service
public class SmsCodeService {

    private static final Logger log = LoggerFactory.getLogger(SmsCodeService.class);
    static final String CODE = "sms:code:";
    static final String TRIES = "sms:tries:";
    static final String GAP = "sms:gap:";
    static final String DAY = "sms:day:";
    public static final String LOGIN_TEMPLATE = "LOGIN_CODE";

    private final KvStore kv;
    private final FieldCipher cipher;
    private final SmsSender sender;
    private final SmsSettings settings;
    private final SecureRandom random = new SecureRandom();

    public SmsCodeService(KvStore kv, FieldCipher cipher, SmsSender sender, SmsSettings settings) {
        this.kv = kv;
        this.cipher = cipher;
        this.sender = sender;
        this.settings = settings;
    }

    /**
     * Rate-limits, then sends a login code when {@code accountExists} says the phone has an account.
     * Same outcome to the caller either way.
     */
    public void sendLoginCode(String phone, Predicate<String> accountExists) {
        String h = cipher.hash(phone);
        if (!kv.setIfAbsent(GAP + h, "1", Duration.ofSeconds(settings.getIntervalSeconds()))) {
            throw BizException.tooMany("验证码发送过于频繁，请" + settings.getIntervalSeconds() + "秒后再试");
        }
        long today = kv.increment(DAY + h + ":" + LocalDate.now(), Duration.ofDays(1));
        if (today > settings.getDailyLimit()) {
            throw BizException.tooMany("该手机号今日验证码发送次数已达上限（" + settings.getDailyLimit() + "次），请明天再试");
        }
        if (!accountExists.test(h)) {
            log.info("SMS login code requested for {} without an account; nothing sent", Masking.phone(phone));
            return;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Duration ttl = Duration.ofMinutes(settings.getCodeTtlMinutes());
        kv.set(CODE + h, digest(h, code), ttl);
        kv.delete(TRIES + h);
        String content = "【" + settings.getSignName() + "】您的登录验证码为" + code + "，"
                + settings.getCodeTtlMinutes() + "分钟内有效，请勿泄露给他人。";
        try {
            sender.send(new SmsMessage(phone, LOGIN_TEMPLATE, Map.of("code", code), content));
        } catch (SmsSendException e) {
            kv.delete(CODE + h);
            log.warn("SMS to {} failed via {}: {}", Masking.phone(phone), sender.provider(), e.getMessage());
            throw new BizException(503, "短信发送失败，请稍后再试");
        }
        log.info("SMS login code sent to {} via {}", Masking.phone(phone), sender.provider());
    }

    /** True once for the right code; counts attempts and burns the code after too many (429). */
    public boolean verify(String phone, String code) {
        String h = cipher.hash(phone);
        long tries = kv.increment(TRIES + h, Duration.ofMinutes(settings.getCodeTtlMinutes()));
        if (tries > settings.getMaxAttempts()) {
            kv.delete(CODE + h);
            throw BizException.tooMany("验证码错误次数过多，请重新获取验证码");
        }
        String expected = kv.get(CODE + h).orElse(null);
        if (expected == null || code == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                digest(h, code.trim()).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        kv.delete(CODE + h);
        kv.delete(TRIES + h);
        return true;
    }

    private static String digest(String phoneHash, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest((phoneHash + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
