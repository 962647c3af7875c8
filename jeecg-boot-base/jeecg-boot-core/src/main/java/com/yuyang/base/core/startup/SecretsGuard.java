package com.yuyang.base.core.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token secret, field-encryption key and hash key must be set in prod and must not be the development
 * values shipped in application.yml (anyone with the repository would know them).
 */
public class SecretsGuard implements StartupGuard {

    /** the development values of application.yml; kept in step with it by {@code SecretsGuardTest} */
    static final Set<String> DEV_DEFAULTS = Set.of(
            "dev-only-token-secret-change-me-0123456789abcdef",
            "ZGV2LW9ubHktYWVzLWtleS1jaGFuZ2UtbWUtMTIzNDU=",
            "dev-only-hmac-key-change-me");

    private final Map<String, String> secrets;

    /** @param secrets property name → value, e.g. platform.security.token-secret → … */
    public SecretsGuard(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    @Override
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        secrets.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                out.add("密钥未配置：" + name);
            } else if (DEV_DEFAULTS.contains(value.trim()) || value.contains("dev-only") || value.contains("change-me")) {
                out.add("密钥仍为开发默认值：" + name);
            } else if (value.trim().length() < 16) {
                out.add("密钥过短（至少 16 个字符）：" + name);
            }
        });
        return out;
    }
}
