package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Keeps safety_subject_item_state in step with inspections (A3). The state row is created up front in its
 * own short statement (a duplicate from a concurrent submission is fine); the result is then applied by one
 * conditional UPDATE that only moves the state forward in time. Concurrent submissions for the same pair
 * therefore serialise on the row, both inspections stay recorded, and the state ends with the latest check
 * and its due date, never a mix of the two.
 */
@Component
public class ItemStateUpdater {

    private final SubjectItemStateMapper states;

    public ItemStateUpdater(SubjectItemStateMapper states) {
        this.states = states;
    }

    /** Creates the pair's state if absent (outside the inspection transaction, so no lock is held). */
    public void ensureExists(long tenantId, long gridId, long subjectId, long itemId) {
        boolean exists = states.exists(new LambdaQueryWrapper<SubjectItemState>()
                .eq(SubjectItemState::getSubjectId, subjectId).eq(SubjectItemState::getItemId, itemId));
        if (exists) {
            return;
        }
        SubjectItemState s = new SubjectItemState();
        s.setTenantId(tenantId);
        s.setGridId(gridId);
        s.setSubjectId(subjectId);
        s.setItemId(itemId);
        s.setVersion(0);
        s.setDelFlag(0);
        try {
            states.insert(s);
        } catch (DuplicateKeyException e) {
            // created by a concurrent submission: exactly what we wanted
        }
    }

    /**
     * Applies a QUALIFIED / UNQUALIFIED result checked at {@code checkedAt}. Returns false when a later check
     * of the pair is already recorded (the state keeps that one).
     */
    public boolean apply(long subjectId, long itemId, String result, long inspectionId, LocalDateTime checkedAt,
                         LocalDateTime dueAt, long inspectorId) {
        return states.update(null, new LambdaUpdateWrapper<SubjectItemState>()
                .eq(SubjectItemState::getSubjectId, subjectId).eq(SubjectItemState::getItemId, itemId)
                .and(w -> w.isNull(SubjectItemState::getLastCheckedAt).or()
                        .le(SubjectItemState::getLastCheckedAt, checkedAt))
                .set(SubjectItemState::getLastResult, result)
                .set(SubjectItemState::getLastInspectionId, inspectionId)
                .set(SubjectItemState::getLastCheckedAt, checkedAt)
                .set(SubjectItemState::getDueAt, dueAt)
                .set(SubjectItemState::getAssignedInspectorId, inspectorId)
                .setSql("version = version + 1")) > 0;
    }
}
