package com.yuyang.server.boot;

import com.yuyang.base.core.kv.KvStore;
import com.yuyang.base.core.kv.RedisKvStore;
import com.yuyang.server.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P2 / issue 2 item 2: the prod profile boots against the real MariaDB and Redis, with non-default
 * secrets and xxl-job token supplied the way an operator does (command line / environment), on its
 * own fresh schema (prod runs db/migration only, so it cannot share the demo-loaded test schema).
 */
class ProdProfileBootIT {

    private final String schema = "yy_prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String prefix = "it:" + schema + ":";

    @TempDir
    Path dataDir;

    @AfterEach
    void dropSchema() throws Exception {
        exec("DROP DATABASE IF EXISTS " + schema);
    }

    @Test
    void prodProfileBootsAgainstMariaDbAndRedisWithOperatorSecrets() throws Exception {
        exec("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=" + TestDatabase.serverUrl() + schema + "?useUnicode=true&characterEncoding=utf8",
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.data.redis.host=" + System.getProperty("it.redis.host", "127.0.0.1"),
                "--spring.data.redis.port=" + Integer.getInteger("it.redis.port", 6379),
                "--platform.store-prefix=" + prefix,
                "--platform.data-dir=" + dataDir.toAbsolutePath(),
                "--platform.security.token-secret=" + random(48),
                "--platform.security.crypto-key=" + random(32),
                "--platform.security.hash-key=" + random(32),
                "--platform.job.xxl.access-token=" + random(24),
                // no xxl-job admin runs here: the executor must start anyway (it retries registration)
                "--platform.job.xxl.admin-addresses=http://127.0.0.1:" + BootHarness.closedPort() + "/xxl-job-admin",
                "--platform.job.xxl.port=" + BootHarness.closedPort(),
        };
        try (BootHarness app = BootHarness.start(new String[] {"prod"}, args)) {
            HttpResponse<String> health = app.get("/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            // prod enables the Redis health indicator: UP includes a live Redis
            assertThat(health.body()).contains("\"status\":\"UP\"");

            JdbcTemplate jdbc = app.context().getBean(JdbcTemplate.class);
            try (Connection c = jdbc.getDataSource().getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
                assertThat(c.getCatalog()).isEqualTo(schema);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1", Integer.class))
                    .isPositive();
            // demo data is for the default profile only
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_user WHERE username IN "
                    + "('inspector1','inspector2','enforcer1','roadchief1','enterprise1','leader1')", Integer.class))
                    .isZero();

            KvStore kv = app.context().getBean(KvStore.class);
            assertThat(kv).isInstanceOf(RedisKvStore.class);
            kv.set("boot-probe", "ok", Duration.ofMinutes(1));
            StringRedisTemplate redis = app.context().getBean(StringRedisTemplate.class);
            assertThat(redis.opsForValue().get(prefix + "boot-probe")).isEqualTo("ok");
            kv.delete("boot-probe");
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private static void exec(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.serverUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
