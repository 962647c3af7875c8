package com.yuyang.server.platform;

import com.yuyang.base.core.audit.AuditWriter;
import com.yuyang.base.core.config.ConfigService;
import com.yuyang.base.system.backup.BackupFile;
import com.yuyang.base.system.backup.BackupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C1 in the embedded default profile: the backup of the H2 database is H2's own SCRIPT, and RUNSCRIPT of it
 * into an empty database restores the same rows; only the newest backup.keep files are kept.
 */
class H2BackupTest {

    private static final String FLAGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    private final AuditWriter audit = new AuditWriter(records -> { });

    @AfterEach
    void stop() throws Exception {
        audit.destroy();
    }

    private static JdbcTemplate h2(String name) {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + name + FLAGS, "sa", ""));
    }

    @Test
    void anH2BackupRestoresIntoAnEmptyDatabaseWithTheSameRows() {
        String url = "jdbc:h2:mem:bk_source" + FLAGS;
        JdbcTemplate source = h2("bk_source");
        source.execute("CREATE TABLE t_case (id BIGINT PRIMARY KEY, title VARCHAR(100), note CLOB)");
        source.execute("CREATE INDEX idx_t_case_title ON t_case (title)");
        for (int i = 0; i < 25; i++) {
            source.update("INSERT INTO t_case VALUES (?, ?, ?)", i, "案件 '" + i + "'", "备注\n第 " + i + " 行");
        }
        ConfigService keepTwo = new ConfigService() {
            @Override
            public Optional<String> get(Long tenantId, String key) {
                return "backup.keep".equals(key) ? Optional.of("2") : Optional.empty();
            }

            @Override
            public Optional<String> get(String key) {
                return get(null, key);
            }
        };
        BackupService backups = new BackupService(new MockEnvironment().withProperty("spring.datasource.url", url),
                source, keepTwo, audit, dir.toString(), 7);

        BackupFile file = backups.backup();
        assertThat(file.name()).startsWith("yuyang-").endsWith(".sql");
        assertThat(file.sizeBytes()).isPositive();

        JdbcTemplate restored = h2("bk_restored");
        restored.execute("RUNSCRIPT FROM '" + dir.resolve(file.name()) + "'");
        assertThat(restored.queryForObject("SELECT COUNT(*) FROM t_case", Integer.class)).isEqualTo(25);
        assertThat(restored.queryForObject("SELECT title FROM t_case WHERE id = 7", String.class)).isEqualTo("案件 '7'");

        backups.backup();
        backups.backup();
        List<BackupFile> kept = backups.list();
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).name()).isGreaterThan(kept.get(1).name());
    }
}
