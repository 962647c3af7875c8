package com.yuyang.base.core.job;

/** The interface form of a platform job, for jobs whose name or cron is computed. See {@link PlatformJob}. */
public interface JobHandler {

    String name();

    String cron();

    default String description() {
        return "";
    }

    /** runs the job; the returned text (may be null) is kept in the run log */
    String execute() throws Exception;
}
