package com.yuyang.base.system.backup;

import com.yuyang.base.core.audit.AuditWriter;
import com.yuyang.base.core.config.ConfigService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Logical backups of the platform database into {@code platform.backup.dir}
 * (default {@code ${platform.data-dir}/backups}), one file {@code yuyang-<timestamp>.sql} per run, keeping
 * the newest {@code backup.keep} (configuration item, default {@code platform.backup.keep}).
 * MariaDB/MySQL: {@code mariadb-dump}/{@code mysqldump} (consistent snapshot with --single-transaction);
 * H2 (embedded default): H2's own {@code SCRIPT TO}. Restore: see docs/operations.md.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    static final String PREFIX = "yuyang-";
    static final String SUFFIX = ".sql";

    private final Environment env;
    private final JdbcTemplate jdbc;
    private final ConfigService config;
    private final AuditWriter audit;
    private final Path dir;
    private final int defaultKeep;

    public BackupService(Environment env, JdbcTemplate jdbc, ConfigService config, AuditWriter audit,
                         @Value("${platform.backup.dir:${platform.data-dir:./data}/backups}") String dir,
                         @Value("${platform.backup.keep:7}") int defaultKeep) {
        this.env = env;
        this.jdbc = jdbc;
        this.config = config;
        this.audit = audit;
        this.dir = Path.of(dir).toAbsolutePath().normalize();
        this.defaultKeep = defaultKeep;
    }

    public Path dir() {
        return dir;
    }

    /** Writes a new full dump and prunes old ones; returns the new file. */
    public BackupFile backup() {
        try {
            Files.createDirectories(dir);
            // pending audit entries belong in the dump
            audit.awaitIdle(Duration.ofSeconds(10));
            String name = PREFIX + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(STAMP) + SUFFIX;
            Path tmp = dir.resolve(name + ".part");
            Path target = dir.resolve(name);
            JdbcTarget db = JdbcTarget.parse(env.getProperty("spring.datasource.url"));
            if (db.kind() == JdbcTarget.Kind.H2) {
                // the path is ours (config + timestamp), quoted as an SQL string literal
                jdbc.execute("SCRIPT TO '" + tmp.toString().replace("'", "''") + "'");
            } else {
                DumpTools.dump(db, env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"), tmp);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            log.info("Database backup written: {}", target);
            return toFile(target);
        } catch (IOException e) {
            throw new UncheckedIOException("备份写入失败: " + e.getMessage(), e);
        }
    }

    public List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(BackupService::isBackup)
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .map(BackupService::toFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        int keep = Math.max(1, config.getInt("backup.keep", defaultKeep));
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(dir.resolve(old.name()));
        }
    }

    private static boolean isBackup(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(PREFIX) && n.endsWith(SUFFIX) && Files.isRegularFile(p);
    }

    private static BackupFile toFile(Path p) {
        try {
            return new BackupFile(p.getFileName().toString(), Files.size(p),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.of("Asia/Shanghai")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
