package com.yuyang.base.core.dict;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field (or record component) of a response object whose value is a dictionary item value.
 * The JSON then carries {@code <field>_dictText} with the item's Chinese label next to the raw value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Dict {

    /** the dictionary code, e.g. {@code "user_status"} */
    String value();
}
