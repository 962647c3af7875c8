package com.yuyang.server.platform;

import com.yuyang.base.core.startup.DemoPasswordGuard;
import com.yuyang.base.core.startup.ProdStartupGuards;
import com.yuyang.server.YuyangApplication;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.server.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 2 items 10 and 13: the prod guards against the real demo data and the development settings, and a
 * real prod start on the demo-loaded schema that refuses to start.
 */
class ProdGuardsIT extends IntegrationTest {

    @Autowired
    Environment env;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dataDir;

    @Test
    void everyDemoAccountWithTheDemoPasswordIsReported() {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.query("SELECT username, password_hash FROM sys_user", rs -> {
            hashes.put(rs.getString(1), rs.getString(2));
        });
        DemoPasswordGuard guard = new DemoPasswordGuard(() -> {
            Map<String, String> demo = new LinkedHashMap<>(hashes);
            demo.keySet().retainAll(DemoPasswordGuard.DEMO_USERNAMES);
            return demo;
        });
        assertThat(guard.violations()).hasSize(7).allMatch(v -> v.contains("演示账号仍在使用演示密码"));
    }

    @Test
    void theGuardsRefuseTheDevelopmentSettingsAndTheDemoData() {
        ProdStartupGuards guards = new ProdStartupGuards(env, jdbc);
        assertThatThrownBy(guards::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("生产环境拒绝启动")
                .hasMessageContaining("platform.security.token-secret")
                .hasMessageContaining("platform.security.crypto-key")
                .hasMessageContaining("platform.security.hash-key")
                .hasMessageContaining("xxl-job 访问令牌未配置")
                .hasMessageContaining("admin")
                .hasMessageContaining("inspector1");
    }

    @Test
    void theProdProfileRefusesToStartWhileDemoPasswordsRemain() {
        // strong secrets and token: the only reason left to refuse is the demo data of the test schema
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=2",
                // the test schema carries the demo migrations (as a prod database seeded from demo data would)
                "--spring.flyway.locations=classpath:db/migration,classpath:db/demo",
                "--platform.store-prefix=" + TestDatabase.REDIS_PREFIX + "prodguard:",
                "--platform.data-dir=" + dataDir.toAbsolutePath(),
                "--platform.security.token-secret=Q2xlYXJseU5vdEFEZWZhdWx0U2VjcmV0LTEyMzQ1Njc4OQ",
                "--platform.security.crypto-key=bm90LXRoZS1kZXYta2V5LWJ1dC0zMi1ieXRlcy0xMjM=",
                "--platform.security.hash-key=YW5vdGhlci1zdHJvbmctaGFzaC1rZXktZm9yLXRlc3Q",
                "--platform.job.xxl.access-token=c3Ryb25nLXh4bC10b2tlbi0xMjM0",
                "--platform.job.xxl.port=0",
        };
        assertThatThrownBy(() -> new SpringApplicationBuilder(YuyangApplication.class).profiles("prod").run(args).close())
                .hasStackTraceContaining("演示账号仍在使用演示密码")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("密钥仍为开发默认值", "xxl-job 访问令牌"));
    }

    private static String stackText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
