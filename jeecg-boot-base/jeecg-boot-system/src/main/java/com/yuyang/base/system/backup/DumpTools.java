package com.yuyang.base.system.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB/MySQL command-line clients used for dump and restore: {@code mariadb-dump} (or
 * {@code mysqldump}) and {@code mariadb} (or {@code mysql}), found on PATH. The password travels in the
 * MYSQL_PWD environment variable of the child process, never on its command line.
 */
public final class DumpTools {

    private static final long TIMEOUT_MINUTES = 120;

    private DumpTools() {
    }

    public static Optional<String> find(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    public static void dump(JdbcTarget db, String user, String password, Path target) throws IOException {
        String tool = find("mariadb-dump", "mysqldump").orElseThrow(() ->
                new IllegalStateException("未找到 mariadb-dump 或 mysqldump，无法备份 MariaDB/MySQL 数据库（请安装 mariadb-client）"));
        List<String> cmd = new ArrayList<>(List.of(tool,
                "--host=" + db.host(), "--port=" + db.port(), "--user=" + user, "--protocol=TCP",
                "--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", "--skip-comments", "--result-file=" + target, db.database()));
        run(cmd, password, null);
    }

    public static void restore(JdbcTarget db, String user, String password, Path dump) throws IOException {
        String tool = find("mariadb", "mysql").orElseThrow(() ->
                new IllegalStateException("未找到 mariadb 或 mysql 客户端，无法恢复数据库"));
        List<String> cmd = List.of(tool, "--host=" + db.host(), "--port=" + db.port(), "--user=" + user,
                "--protocol=TCP", "--default-character-set=utf8mb4", db.database());
        run(cmd, password, dump);
    }

    private static void run(List<String> cmd, String password, Path stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        if (password != null && !password.isEmpty()) {
            env.put("MYSQL_PWD", password);
        }
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Path out = Files.createTempFile("yy-dump", ".log");
        pb.redirectOutput(out.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd.get(0) + " 超时");
            }
            if (p.exitValue() != 0) {
                String msg = Files.readString(out, StandardCharsets.UTF_8).trim();
                throw new IllegalStateException(Path.of(cmd.get(0)).getFileName() + " 失败 (exit " + p.exitValue() + "): "
                        + (msg.length() > 500 ? msg.substring(0, 500) : msg));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("备份/恢复被中断", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
