package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.route.Route;
import com.yuyang.traffic.enforcement.route.RouteStage;
import com.yuyang.traffic.enforcement.route.RouteStore;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom a case may be dispatched to (派单): the active users covering the case's grid — the rule the engine's
 * {@code dispatch} action checks — narrowed to those holding a role of the stage after the current one, so
 * the assignee can act next. Without such a holder every user covering the grid is offered.
 */
@Component
class DispatchCandidates {

    private final OrgDirectory org;
    private final UserDirectory users;
    private final RouteStore routes;

    DispatchCandidates(OrgDirectory org, UserDirectory users, RouteStore routes) {
        this.org = org;
        this.users = users;
        this.routes = routes;
    }

    List<Map<String, Object>> of(CaseView c, long tenantId) {
        Set<Long> covering = new TreeSet<>();
        org.membersCovering(Set.of(c.gridId())).forEach(m -> covering.add(m.userId()));
        Set<Long> active = covering.isEmpty() ? Set.of() : users.activeUsers(tenantId, covering);
        List<String> nextRoles = routes.byId(c.routeId()).flatMap((Route r) -> r.next(c.currentSeq()))
                .map(RouteStage::roleCodes).orElse(List.of());
        Set<Long> chosen = new TreeSet<>(active);
        if (!nextRoles.isEmpty()) {
            Set<Long> holders = new TreeSet<>(active);
            holders.retainAll(users.usersWithRoles(tenantId, nextRoles));
            if (!holders.isEmpty()) {
                chosen = holders;
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<Long, UserDirectory.UserRef> refs = users.users(chosen);
        return chosen.stream().map(id -> {
            UserDirectory.UserRef ref = refs.get(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(id));
            m.put("username", ref == null ? null : ref.username());
            m.put("realName", ref == null ? null : ref.realName());
            m.put("deptPath", ref == null || ref.deptId() == null ? null : org.deptPath(ref.deptId()).orElse(null));
            return m;
        }).toList();
    }
}
