package com.yuyang.traffic.safety.equipment;

import java.time.LocalDate;
import java.util.List;

/** Events of the A8 special equipment flow, turned into message-centre reminders by SafetyReminders. */
public final class EquipmentEvents {

    private EquipmentEvents() {
    }

    /** Declared or resubmitted after a return: the subject's grid inspectors are to review it. */
    public record Declared(long equipmentId, long tenantId, String subjectName, String equipmentName, boolean resubmitted,
                           List<Long> inspectorIds) {
    }

    public record Reviewed(long equipmentId, long tenantId, String equipmentName, boolean approved, String note,
                           List<Long> accountIds) {
    }

    /** A maintenance cycle past its due date: enterprise and grid inspectors, once per cycle and due date. */
    public record MaintenanceOverdue(long cycleId, long equipmentId, long tenantId, String subjectName, String equipmentName,
                                     String kind, LocalDate dueOn, List<Long> recipientIds) {
    }
}
