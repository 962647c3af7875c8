package com.yuyang.base.system.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An 18-character mainland resident ID number with a valid check character (GB 11643); null/empty pass. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdCardNumber.Validator.class)
public @interface IdCardNumber {

    String message() default "身份证号码格式不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdCardNumber, String> {

        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final String CHECK = "10X98765432";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || isValid(value);
        }

        public static boolean isValid(String v) {
            if (v.length() != 18 || !v.matches("\\d{17}[\\dXx]")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (v.charAt(i) - '0') * WEIGHTS[i];
            }
            return Character.toUpperCase(v.charAt(17)) == CHECK.charAt(sum % 11);
        }
    }
}
