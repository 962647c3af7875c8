package com.yuyang.traffic.enforcement.caseflow.api;

/** Who performs an action: a user, or the system (automatic transitions, jobs) with {@code userId == null}. */
public record Actor(Long userId, String name) {

    public static Actor system(String name) {
        return new Actor(null, name == null ? "系统" : name);
    }

    public boolean isSystem() {
        return userId == null;
    }
}
