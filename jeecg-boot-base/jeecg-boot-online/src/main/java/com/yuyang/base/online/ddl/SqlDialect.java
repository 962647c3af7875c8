package com.yuyang.base.online.ddl;

import com.yuyang.base.online.metadata.FieldDef;

/**
 * The few statements that differ between MariaDB/MySQL and H2 (MySQL mode). Every identifier passed in
 * has been validated against the metadata rules before it gets here.
 */
public enum SqlDialect {
    MARIADB, H2;

    public static SqlDialect fromProductName(String product) {
        return product != null && product.toUpperCase().contains("H2") ? H2 : MARIADB;
    }

    public String columnType(FieldDef f) {
        return switch (f.fieldType()) {
            case STRING -> "VARCHAR(" + f.storedLength() + ")";
            case TEXT -> this == H2 ? "CLOB" : "TEXT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case DECIMAL -> "DECIMAL(" + f.decimalPrecision() + "," + f.decimalScale() + ")";
            case DATE -> "DATE";
            case DATETIME -> datetime();
            case BOOLEAN -> "SMALLINT";
        };
    }

    public String datetime() {
        return this == H2 ? "TIMESTAMP" : "DATETIME";
    }

    public String modifyColumn(String table, String column, String type) {
        return this == H2
                ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type
                : "ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + type + " NULL";
    }

    public String dropIndex(String table, String index) {
        return this == H2 ? "DROP INDEX " + index : "DROP INDEX " + index + " ON " + table;
    }
}
