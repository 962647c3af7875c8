package com.yuyang.base.core.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a no-argument method of a Spring bean as a platform job (P7). The same job runs on the
 * in-process scheduler ({@code platform.job.mode=local}) or as an xxl-job handler of the same name
 * ({@code platform.job.mode=xxl}, where the cron lives in the xxl-job admin).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlatformJob {

    /** unique job name; also the xxl-job handler name */
    String name();

    /** Spring cron (six fields); placeholders such as {@code ${platform.backup.cron:0 0 2 * * *}} are resolved */
    String cron();

    /** Chinese description shown to admins */
    String description() default "";
}
