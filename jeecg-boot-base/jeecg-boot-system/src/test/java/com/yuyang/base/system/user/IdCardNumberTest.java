package com.yuyang.base.system.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumberTest {

    @Test
    void acceptsEighteenCharactersWithValidCheckCharacter() {
        assertThat(IdCardNumber.Validator.isValid("11010519491231002X")).isTrue();
        assertThat(IdCardNumber.Validator.isValid("11010519491231002x")).isTrue();
        assertThat(IdCardNumber.Validator.isValid("610802199001011248")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacterLengthOrLetters() {
        assertThat(IdCardNumber.Validator.isValid("110105194912310021")).isFalse();
        assertThat(IdCardNumber.Validator.isValid("11010519491231002")).isFalse();
        assertThat(IdCardNumber.Validator.isValid("1101051949123100AX")).isFalse();
        assertThat(new IdCardNumber.Validator().isValid(null, null)).isTrue();
    }
}
