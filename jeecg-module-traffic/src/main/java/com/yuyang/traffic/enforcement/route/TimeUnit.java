package com.yuyang.traffic.enforcement.route;

/** Unit of a stage's time limit (B12): hours of wall-clock time, or working days of the holiday calendar. */
public enum TimeUnit {
    HOURS, WORKING_DAYS
}
