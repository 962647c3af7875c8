package com.yuyang.base.core.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler (or controller) that answers without a token, e.g. login, captcha, public case pages.
 * Every other /api handler needs a token and must declare {@code @RequiresPermissions} or
 * {@code @RequiresAuthentication}: authorisation is a default, checked by a test over all handlers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AnonymousAccess {
}
