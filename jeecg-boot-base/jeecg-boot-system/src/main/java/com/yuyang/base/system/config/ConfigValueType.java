package com.yuyang.base.system.config;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The declared type of a configuration value; a value is checked against it before it is stored. */
public enum ConfigValueType {
    STRING, INT, BOOL, JSON;

    private static final ObjectMapper JSON_READER = new ObjectMapper();

    /** @return null when valid, else the Chinese reason */
    public String check(String value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case STRING -> null;
            case INT -> value.trim().matches("^-?\\d{1,18}$") ? null : "配置值必须是整数";
            case BOOL -> value.trim().matches("^(true|false)$") ? null : "配置值必须是 true 或 false";
            case JSON -> {
                try {
                    JSON_READER.readTree(value);
                    yield null;
                } catch (Exception e) {
                    yield "配置值必须是合法的 JSON";
                }
            }
        };
    }
}
