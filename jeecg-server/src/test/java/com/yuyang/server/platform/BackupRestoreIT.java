package com.yuyang.server.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.core.job.JobRunResult;
import com.yuyang.base.core.job.JobRunner;
import com.yuyang.base.system.backup.BackupFile;
import com.yuyang.base.system.backup.BackupJob;
import com.yuyang.base.system.backup.BackupService;
import com.yuyang.base.system.backup.DumpTools;
import com.yuyang.base.system.backup.JdbcTarget;
import com.yuyang.server.support.IntegrationTest;
import com.yuyang.server.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C1 / issue 2 item 11: the scheduled logical backup writes a full SQL dump; restoring it into an empty
 * schema on MariaDB gives the same tables with the same row counts (backup → drop → restore).
 */
class BackupRestoreIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    BackupService backups;
    @Autowired
    JobRunner runner;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigService config;

    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(http);
    }

    @Test
    void aBackupRestoredIntoAnEmptySchemaHasTheSameTablesAndRowCounts() throws Exception {
        Map<String, Long> before = rowCounts(TestDatabase.NAME);
        JobRunResult run = runner.run(BackupJob.NAME, "MANUAL");
        assertThat(run.status()).as(run.message()).isEqualTo(JobRunResult.Status.SUCCESS);
        Map<String, Long> original = rowCounts(TestDatabase.NAME);
        BackupFile file = backups.list().get(0);
        Path dump = backups.dir().resolve(file.name());
        assertThat(Files.readString(dump)).contains("CREATE TABLE `sys_user`").contains("INSERT INTO `sys_user`");

        // restore into a schema that does not exist yet: drop (if left over), create empty, load the dump
        String copy = TestDatabase.NAME + "_rs";
        exec("DROP DATABASE IF EXISTS " + copy);
        exec("CREATE DATABASE " + copy + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        try {
            DumpTools.restore(new JdbcTarget(JdbcTarget.Kind.MARIADB, TestDatabase.HOST, TestDatabase.PORT, copy),
                    TestDatabase.USER, TestDatabase.PASSWORD, dump);
            Map<String, Long> restored = rowCounts(copy);
            assertThat(original).containsKeys("sys_user", "sys_dict", "sys_dict_item", "flyway_schema_history", "sys_job_log");
            assertThat(original.get("sys_user")).isPositive();
            assertThat(restored.keySet()).isEqualTo(original.keySet());
            original.forEach((table, count) -> {
                long low = Math.min(before.getOrDefault(table, 0L), count);
                if (low == count) {
                    assertThat(restored.get(table)).as(table).isEqualTo(count);
                } else {
                    // a table something else wrote to while the dump ran (e.g. the run's own job log row):
                    // the snapshot lies between the counts before and after
                    assertThat(restored.get(table)).as(table).isBetween(low, count);
                }
            });
            assertThat(restored.get("sys_user")).isEqualTo(original.get("sys_user"));
            assertThat(restored.get("sys_dict_item")).isEqualTo(original.get("sys_dict_item"));
        } finally {
            exec("DROP DATABASE IF EXISTS " + copy);
        }
    }

    @Test
    void anAdminListsBackupsAndRunsOneNowAndOnlyTheNewestAreKept() throws Exception {
        int keep = config.getInt("backup.keep", 7);
        for (int i = 0; i < keep + 1; i++) {
            assertThat(runner.run(BackupJob.NAME, "MANUAL").status()).isEqualTo(JobRunResult.Status.SUCCESS);
        }
        AdminApi.Response made = api.post("/api/sys/backups", null);
        assertThat(made.status()).as(made.raw()).isEqualTo(200);
        String newest = made.result().path("name").asText();
        assertThat(newest).startsWith("yuyang-").endsWith(".sql");
        assertThat(made.result().path("sizeBytes").asLong()).isPositive();

        AdminApi.Response list = api.get("/api/sys/backups");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.result()).hasSize(keep);
        assertThat(list.result().get(0).path("name").asText()).isEqualTo(newest);
        try (var files = Files.list(backups.dir())) {
            List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).toList();
            assertThat(sql).hasSize(keep);
        }
        JsonNode last = null;
        for (JsonNode j : api.get("/api/sys/jobs").result()) {
            if (BackupJob.NAME.equals(j.path("name").asText())) {
                last = j.path("lastRun");
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(last.path("message").asText()).contains(newest);
    }

    private static Map<String, Long> rowCounts(String schema) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(TestDatabase.serverUrl() + schema, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static void exec(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.serverUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
