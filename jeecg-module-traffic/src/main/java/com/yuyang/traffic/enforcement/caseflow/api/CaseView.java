package com.yuyang.traffic.enforcement.caseflow.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A case as other features read it. No sensitive values: the driver's ID number stays encrypted inside the
 * engine. {@code publicToken} is the signed token of the QR code and public page.
 */
public record CaseView(long id, String caseNo, String publicToken, long categoryId, Long subjectId, long routeId,
                       int routeVersion, long gridId, Long deptId, String source, String content, String plate,
                       List<Long> media, String status, StageCode currentStage, String currentStageName,
                       int currentSeq, Long currentStageEntryId, LocalDateTime stageDeadline, boolean paused,
                       Long assigneeId, Long reporterId, LocalDateTime createTime, LocalDateTime closedTime,
                       int version) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean closed() {
        return CLOSED.equals(status);
    }
}
