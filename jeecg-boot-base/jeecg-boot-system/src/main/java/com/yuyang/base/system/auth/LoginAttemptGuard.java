package com.yuyang.base.system.auth;

import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.base.core.security.SecuritySettings;
import com.yuyang.base.system.user.SysUser;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Password-guessing defence (P2): a captcha after N failures, a lock after M failures for a while.
 * Failures of existing accounts are counted in the DATABASE (sys_user.failed_count / lock_until, one
 * conditional UPDATE), those of unknown user names in the KvStore so that both answer alike.
 */
@Component
public class LoginAttemptGuard {

    static final String UNKNOWN_PREFIX = "auth:fail:";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuthMapper mapper;
    private final KvStore kv;
    private final SecuritySettings settings;
    private final ConfigService config;

    public LoginAttemptGuard(AuthMapper mapper, KvStore kv, SecuritySettings settings, ConfigService config) {
        this.mapper = mapper;
        this.kv = kv;
        this.settings = settings;
        this.config = config;
    }

    // Admins tune these in the browser (sys_config); the application properties are the fallback.
    private int captchaAfterFailures() {
        return config.getInt("security.captcha-after-failures", settings.getCaptchaAfterFailures());
    }

    private int lockAfterFailures() {
        return config.getInt("security.lock-after-failures", settings.getLockAfterFailures());
    }

    private int lockMinutes() {
        return config.getInt("security.lock-minutes", settings.getLockMinutes());
    }

    /** Refuses a locked account (423, says until when); a lock that is over is cleared first. */
    public void checkNotLocked(SysUser user) {
        LocalDateTime until = user.getLockUntil();
        if (until == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        if (until.isAfter(now)) {
            throw lockedError(until);
        }
        if (mapper.clearExpiredLock(user.getId(), now) > 0) {
            user.setFailedCount(0);
            user.setLockUntil(null);
        }
    }

    public boolean captchaRequired(SysUser user, String username) {
        return failures(user, username) >= captchaAfterFailures();
    }

    /**
     * Counts a failure and returns the error to answer: 423 when this failure locked the account,
     * otherwise 401 telling whether a captcha is now required.
     */
    public BizException recordFailure(SysUser user, String username) {
        if (user == null) {
            kv.increment(UNKNOWN_PREFIX + normalise(username), Duration.ofMinutes(lockMinutes()));
        } else {
            LocalDateTime until = LocalDateTime.now().plusMinutes(lockMinutes()).withNano(0);
            mapper.recordFailure(user.getId(), lockAfterFailures(), until);
            int count = (user.getFailedCount() == null ? 0 : user.getFailedCount()) + 1;
            user.setFailedCount(count);
            if (count >= lockAfterFailures()) {
                return new BizException(423, "密码连续错误" + count + "次，账号已锁定至" + TIME.format(until)
                        + "，请稍后再试或联系管理员解锁", Map.of("lockedUntil", TIME.format(until)));
            }
        }
        return new BizException(401, "用户名或密码错误",
                Map.of("captchaRequired", captchaRequired(user, username)));
    }

    public void recordSuccess(SysUser user, String ip) {
        mapper.recordSuccess(user.getId(), LocalDateTime.now(), ip);
        kv.delete(UNKNOWN_PREFIX + normalise(user.getUsername()));
    }

    static BizException lockedError(LocalDateTime until) {
        return new BizException(423, "账号已锁定，请于" + TIME.format(until) + "后重试或联系管理员解锁",
                Map.of("lockedUntil", TIME.format(until)));
    }

    private int failures(SysUser user, String username) {
        if (user != null) {
            return user.getFailedCount() == null ? 0 : user.getFailedCount();
        }
        return kv.get(UNKNOWN_PREFIX + normalise(username)).map(Integer::parseInt).orElse(0);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
