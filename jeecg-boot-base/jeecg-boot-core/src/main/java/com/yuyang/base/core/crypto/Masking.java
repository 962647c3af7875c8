package com.yuyang.base.core.crypto;

/** Output masks for sensitive values (E2): 138****1234, 6101**********1234. */
public final class Masking {

    private Masking() {
    }

    public static String phone(String v) {
        if (v == null || v.length() < 7) {
            return v == null ? null : "****";
        }
        return v.substring(0, 3) + "****" + v.substring(v.length() - 4);
    }

    public static String idCard(String v) {
        if (v == null || v.length() < 8) {
            return v == null ? null : "****";
        }
        return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }
}
