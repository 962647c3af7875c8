package com.yuyang.base.core.startup;

import java.util.List;
import java.util.Set;

/** The xxl-job access token authenticates the admin to the executor: empty or the well-known default is open. */
public class XxlTokenGuard implements StartupGuard {

    static final Set<String> KNOWN_DEFAULTS = Set.of("default_token", "xxl-job", "xxl_job", "token", "changeme", "change-me");

    private final String mode;
    private final String token;

    public XxlTokenGuard(String mode, String token) {
        this.mode = mode;
        this.token = token;
    }

    @Override
    public List<String> violations() {
        if (token == null || token.isBlank()) {
            return List.of("xxl-job 访问令牌未配置：platform.job.xxl.access-token (XXL_JOB_TOKEN)");
        }
        String t = token.trim().toLowerCase();
        if (KNOWN_DEFAULTS.contains(t) || t.contains("change-me") || t.contains("changeme")) {
            return List.of("xxl-job 访问令牌为公开的默认值：platform.job.xxl.access-token (XXL_JOB_TOKEN)");
        }
        if (!"xxl".equalsIgnoreCase(mode)) {
            return List.of("生产环境的任务必须由 xxl-job 调度：platform.job.mode 应为 xxl");
        }
        return List.of();
    }
}
