package com.yuyang.traffic.safety.sampling;

/**
 * Published after a batch (or an escalation reassignment) created tasks for an inspector, so the message
 * centre can send "任务派单" without the dispatch code knowing it.
 */
public record SamplingTasksDispatchedEvent(long inspectorId, Long batchId, int taskCount, String source) {
}
