package com.yuyang.traffic.safety.sampling;

import java.util.List;

/** The answer of a sampling order: the batch, its dispatched tasks and the subjects nobody could take. */
public record SamplingResult(long batchId, int candidateCount, int drawnCount, List<Task> tasks,
                             List<SamplingPlanner.Unassigned> unassigned) {

    public record Task(long taskId, long subjectId, long gridId, long inspectorId, List<Long> itemIds) {
    }
}
