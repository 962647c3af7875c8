package com.yuyang.base.core.startup;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prod only ({@code platform.profile-kind=prod}): refuses to start while a secret is missing or a
 * development default, the xxl-job token is empty or default, or a demo account keeps the demo password.
 * Runs after all singletons exist (Flyway has migrated) and before the web server opens its port.
 */
@Component
@ConditionalOnProperty(name = "platform.profile-kind", havingValue = "prod")
public class ProdStartupGuards implements SmartInitializingSingleton {

    private final List<StartupGuard> guards;

    @Autowired
    public ProdStartupGuards(Environment env, JdbcTemplate jdbc) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String key : List.of("platform.security.token-secret", "platform.security.crypto-key", "platform.security.hash-key")) {
            secrets.put(key, env.getProperty(key));
        }
        this.guards = List.of(
                new SecretsGuard(secrets),
                new XxlTokenGuard(env.getProperty("platform.job.mode"), env.getProperty("platform.job.xxl.access-token")),
                new DemoPasswordGuard(() -> demoHashes(jdbc)));
    }

    ProdStartupGuards(List<StartupGuard> guards) {
        this.guards = guards;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    public void check() {
        List<String> problems = new ArrayList<>();
        guards.forEach(g -> problems.addAll(g.violations()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境拒绝启动 (refusing to start in prod):\n  - " + String.join("\n  - ", problems));
        }
    }

    private static Map<String, String> demoHashes(JdbcTemplate jdbc) {
        Map<String, String> out = new LinkedHashMap<>();
        String marks = String.join(",", DemoPasswordGuard.DEMO_USERNAMES.stream().map(u -> "?").toList());
        jdbc.query("SELECT username, password_hash FROM sys_user WHERE del_flag = 0 AND username IN (" + marks + ")",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                }, DemoPasswordGuard.DEMO_USERNAMES.toArray());
        return out;
    }
}
