package com.yuyang.base.core.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Excludes a write handler from the automatic write audit because it records a more precise entry itself,
 * e.g. login and logout, which publish an {@code AuthAuditEvent}. Use sparingly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SkipWriteAudit {
}
