package com.yuyang.traffic.safety.task;

/** A task was dispatched to a grid member ("任务派单" reminder for the message centre). */
public record TaskAssignedEvent(long taskId, long userId, String title, String urgency) {
}
