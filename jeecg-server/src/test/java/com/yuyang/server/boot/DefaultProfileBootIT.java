package com.yuyang.server.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.base.core.kv.LocalKvStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * P1 / issue 2 item 2: the default profile is self-contained. It boots with no MariaDB and no Redis
 * reachable (Redis is pointed at a closed port, no database URL but the embedded H2 one), loads the
 * demo data (the demo login works), and keeps its data in the file-backed H2 under the data folder
 * across a restart.
 */
class DefaultProfileBootIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private String[] args(int redisPort) {
        return new String[] {
                "--server.port=0",
                "--platform.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort,
                "--spring.data.redis.timeout=500ms",
        };
    }

    @Test
    void defaultProfileBootsWithoutMariaDbOrRedisAndKeepsDataAcrossRestart() throws Exception {
        int redisPort = BootHarness.closedPort();
        assertThatThrownBy(() -> new Socket("127.0.0.1", redisPort).close())
                .as("nothing may listen on the Redis port given to the app").isInstanceOf(java.io.IOException.class);

        try (BootHarness app = BootHarness.start(new String[0], args(redisPort))) {
            HttpResponse<String> health = app.get("/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            JdbcTemplate jdbc = app.context().getBean(JdbcTemplate.class);
            try (Connection c = jdbc.getDataSource().getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
                assertThat(c.getMetaData().getURL()).startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath());
            }
            assertThat(jdbc.queryForList("SELECT username FROM sys_user WHERE del_flag = 0", String.class))
                    .contains("admin", "inspector1", "inspector2", "enforcer1", "roadchief1", "enterprise1", "leader1");
            assertThat(app.context().getBean(KvStore.class)).isInstanceOf(LocalKvStore.class);

            // the demo login works end to end on the in-process session store
            HttpResponse<String> login = app.postJson("/api/sys/login",
                    "{\"username\":\"admin\",\"password\":\"Demo@2026\"}");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String token = JSON.readTree(login.body()).path("result").path("token").asText();
            assertThat(token).isNotBlank();
            HttpResponse<String> info = app.get("/api/sys/user/info", token);
            assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
            assertThat(info.body()).contains("\"admin\"");
            assertThat(app.get("/api/sys/user/info", null).statusCode()).isEqualTo(401);

            jdbc.update("INSERT INTO sys_tenant (id, name, code) VALUES (990001, 'restart-probe', 'restart-probe')");
        }
        assertThat(Files.list(dataDir.resolve("db")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith(".mv.db"));

        try (BootHarness again = BootHarness.start(new String[0], args(redisPort))) {
            JdbcTemplate jdbc = again.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT name FROM sys_tenant WHERE id = 990001", String.class))
                    .isEqualTo("restart-probe");
            assertThat(again.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        }
    }
}
