package com.yuyang.base.core.config;

import java.util.Optional;

/**
 * Typed, cached access to configuration items (sys_config). A tenant's value overrides the system-wide
 * one; without an explicit tenant the current user's tenant applies (system-wide outside a request).
 * A missing item or a value that does not parse as the asked type yields the default.
 */
public interface ConfigService {

    Optional<String> get(Long tenantId, String key);

    Optional<String> get(String key);

    default String getString(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default int getInt(String key, int defaultValue) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    default long getLong(String key, long defaultValue) {
        return get(key).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    default boolean getBool(String key, boolean defaultValue) {
        return get(key).map(v -> switch (v.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> defaultValue;
        }).orElse(defaultValue);
    }
}
