package com.yuyang.base.core.crypto;

import java.util.function.UnaryOperator;

/** How a sensitive value is masked in responses. */
public enum SensitiveKind {
    PHONE(Masking::phone),
    ID_CARD(Masking::idCard);

    private final UnaryOperator<String> mask;

    SensitiveKind(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    public String mask(String value) {
        return mask.apply(value);
    }
}
