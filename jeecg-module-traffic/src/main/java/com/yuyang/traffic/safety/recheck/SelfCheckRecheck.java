package com.yuyang.traffic.safety.recheck;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.traffic.safety.selfcheck.SelfCheckEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A3 from A8: each 不达标 item of an approved self-check becomes recheck work (an OPEN assignment due at the
 * approval instant), so the inspector goes and checks what the enterprise itself reported as deficient. The
 * next inspection of the pair closes it, as for any recheck (InspectionService).
 *
 * Responsible inspector: chosen by the recheck job's own rule ({@link RecheckEligibility}): the one who last checked
 * the pair if they still qualify, else the least-loaded eligible inspector of the grid and unit holding the item;
 * nobody eligible → UNASSIGNED for the unit to dispatch. Items without a history go to the inspector chosen for the
 * first item when they qualify, so one visit covers the whole self-check.
 * A pair that already has open recheck work gets no second one. Runs in the approval's transaction.
 */
@Component
public class SelfCheckRecheck {

    private final JdbcTemplate jdbc;
    private final RecheckEligibility eligibility;
    private final ApplicationEventPublisher events;

    SelfCheckRecheck(JdbcTemplate jdbc, RecheckEligibility eligibility, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.events = events;
    }

    @EventListener
    public void onApprovedWithDefects(SelfCheckEvents.ApprovedWithDefects e) {
        RecheckEligibility.Run run = eligibility.newRun();
        run.prepare(List.of(e.gridId()), List.of(e.subjectId()));
        Long visitor = null;
        Timestamp due = Timestamp.valueOf(e.approvedAt());
        Timestamp created = new Timestamp(System.currentTimeMillis());
        Map<Long, List<RecheckDueEvent.Due>> reminders = new LinkedHashMap<>();
        for (long itemId : e.itemIds()) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM safety_recheck_assignment WHERE subject_id = ? AND item_id = ?"
                    + " AND status IN ('OPEN', 'UNASSIGNED') AND del_flag = 0", Integer.class, e.subjectId(), itemId);
            if (open != null && open > 0) {
                continue;
            }
            Long last = jdbc.queryForList("SELECT assigned_inspector_id FROM safety_subject_item_state WHERE subject_id = ?"
                            + " AND item_id = ? AND del_flag = 0 AND assigned_inspector_id IS NOT NULL", Long.class, e.subjectId(), itemId)
                    .stream().findFirst().orElse(null);
            Long inspector = run.decide(e.gridId(), e.subjectId(), itemId, last != null ? last : visitor).inspectorId();
            if (visitor == null) {
                visitor = inspector;
            }
            long id = IdWorker.getId();
            int n = jdbc.update("INSERT IGNORE INTO safety_recheck_assignment (id, tenant_id, grid_id, subject_id, item_id, due_at,"
                            + " inspector_id, status, version, del_flag, create_by, create_time) VALUES (?,?,?,?,?,?,?,?,0,0,'self-check',?)",
                    id, e.tenantId(), e.gridId(), e.subjectId(), itemId, due, inspector, inspector == null ? "UNASSIGNED" : "OPEN", created);
            if (n == 1 && inspector != null) {
                reminders.computeIfAbsent(inspector, k -> new ArrayList<>())
                        .add(new RecheckDueEvent.Due(id, e.subjectId(), itemId, e.approvedAt()));
            }
        }
        reminders.forEach((inspector, list) -> events.publishEvent(new RecheckDueEvent(inspector, List.copyOf(list))));
    }
}
