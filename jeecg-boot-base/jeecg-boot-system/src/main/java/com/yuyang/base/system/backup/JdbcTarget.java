package com.yuyang.base.system.backup;

import java.net.URI;

/**
 * The database a JDBC URL points at, as the dump and restore tools need it. Only MariaDB/MySQL URLs
 * ({@code jdbc:mariadb://host:port/db?…}) and H2 are understood.
 */
public record JdbcTarget(Kind kind, String host, int port, String database) {

    public enum Kind { MARIADB, H2 }

    public static JdbcTarget parse(String url) {
        if (url == null) {
            throw new IllegalArgumentException("No JDBC URL");
        }
        if (url.startsWith("jdbc:h2:")) {
            return new JdbcTarget(Kind.H2, null, 0, null);
        }
        if (url.startsWith("jdbc:mariadb://") || url.startsWith("jdbc:mysql://")) {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (path.isBlank() || !path.matches("^[A-Za-z0-9_$]+$")) {
                throw new IllegalArgumentException("JDBC URL names no plain database: " + url);
            }
            return new JdbcTarget(Kind.MARIADB, uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), path);
        }
        throw new IllegalArgumentException("Unsupported database for backup: " + url.replaceAll("\\?.*", ""));
    }
}
