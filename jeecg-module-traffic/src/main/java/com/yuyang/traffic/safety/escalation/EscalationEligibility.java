package com.yuyang.traffic.safety.escalation;

import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.traffic.safety.sampling.SamplingCatalog;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may take a reassigned escalation (A5 with A9): an active user who covers the subject's grid (bound to it or
 * to an ancestor grid), belongs to the subject's unit (its department or below) and holds every escalated item —
 * the sampling dispatch's rule. The picker lists exactly these; the reassignment refuses anyone else.
 */
@Component
class EscalationEligibility {

    private final OrgDirectory org;
    private final SamplingCatalog catalog;

    EscalationEligibility(OrgDirectory org, SamplingCatalog catalog) {
        this.org = org;
        this.catalog = catalog;
    }

    /** Every eligible user id, ascending. */
    List<Long> candidates(EscalationStore.Row row) {
        List<OrgDirectory.GridMember> members = org.membersCovering(Set.of(row.gridId()));
        Map<Long, Set<Long>> held = catalog.itemsByInspector(members.stream().map(OrgDirectory.GridMember::userId).toList());
        String unit = unitPath(row);
        return members.stream()
                .filter(m -> inUnit(m.deptPath(), unit))
                .filter(m -> held.getOrDefault(m.userId(), Set.of()).containsAll(row.itemIds()))
                .map(OrgDirectory.GridMember::userId).distinct().sorted().toList();
    }

    /** Why the user may not take the escalation, or empty when they qualify. */
    Optional<String> refusal(EscalationStore.Row row, long userId) {
        OrgDirectory.GridMember m = org.membersCovering(Set.of(row.gridId())).stream()
                .filter(x -> x.userId() == userId).findFirst().orElse(null);
        if (m == null) {
            return Optional.of("该检查人员已停用或不负责主体所在网格，不能改派");
        }
        if (!catalog.itemsByInspector(Set.of(userId)).getOrDefault(userId, Set.of()).containsAll(row.itemIds())) {
            return Optional.of("该检查人员未绑定全部所需检查项，不能改派");
        }
        if (!inUnit(m.deptPath(), unitPath(row))) {
            return Optional.of("该检查人员不属于主体所在单位，不能改派");
        }
        return Optional.empty();
    }

    private String unitPath(EscalationStore.Row row) {
        Map<String, Object> subject = catalog.subject(row.subjectId());
        Object dept = subject == null ? null : subject.get(subject.containsKey("dept_id") ? "dept_id" : "DEPT_ID");
        return dept == null ? null : org.deptPath(((Number) dept).longValue()).orElse(null);
    }

    /** No unit on the subject → no unit restriction; otherwise the member's department must be at or below it. */
    private static boolean inUnit(String memberPath, String unitPath) {
        return unitPath == null || memberPath != null && memberPath.startsWith(unitPath);
    }
}
