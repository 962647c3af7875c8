package com.yuyang.traffic.safety.inspection;

import java.util.List;

/**
 * A3/A6 warning: an inspection found unqualified items; they are back in the inspector's daily work.
 * Published inside the inspection's transaction (listen with @TransactionalEventListener for after-commit).
 */
public record InspectionUnqualifiedEvent(long inspectionId, long subjectId, long gridId, long inspectorId,
                                         List<Long> itemIds) {
}
