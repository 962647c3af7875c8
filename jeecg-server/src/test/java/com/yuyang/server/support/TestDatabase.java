package com.yuyang.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One fresh MariaDB schema per test JVM (dropped at JVM exit), so a test run starts from the real
 * migrations and demo data and never sees another run's rows.
 */
public final class TestDatabase {

    public static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("it.db.port", 3306);
    public static final String USER = System.getProperty("it.db.user", "root");
    public static final String PASSWORD = System.getProperty("it.db.password", "");
    public static final String NAME = "yy_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    public static final String REDIS_PREFIX = "it:" + NAME + ":";

    private static volatile boolean created;

    private TestDatabase() {
    }

    public static String serverUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/";
    }

    public static String url() {
        return serverUrl() + NAME + "?useUnicode=true&characterEncoding=utf8";
    }

    public static synchronized String ensureCreated() {
        if (!created) {
            exec("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            created = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!Boolean.getBoolean("it.keep-db")) {
                    exec("DROP DATABASE IF EXISTS " + NAME);
                }
            }));
        }
        return url();
    }

    private static void exec(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + HOST + ":" + PORT + " is required for integration tests: " + e.getMessage(), e);
        }
    }
}
