package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.system.api.OrgDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may take a due recheck (A3 with A9): an active user who covers the subject's grid (bound to it or to an
 * ancestor grid), belongs to the subject's unit (the subject's department or below) and holds the item. When
 * the responsible inspector no longer qualifies (left the grid, lost the item, disabled), the pair goes to the
 * least-loaded other eligible inspector of this run (ties: lowest id, so reruns decide alike), or to nobody
 * with the reason. One {@link Run} per job run caches grid members, item bindings and subject units, so a page
 * of 5,000 pairs costs a handful of queries.
 */
@Component
class RecheckEligibility {

    private final OrgDirectory org;
    private final NamedParameterJdbcTemplate jdbc;

    RecheckEligibility(OrgDirectory org, NamedParameterJdbcTemplate jdbc) {
        this.org = org;
        this.jdbc = jdbc;
    }

    /** The outcome for one pair: the inspector (null = unassigned), whom it was taken from, and why. */
    record Decision(Long inspectorId, Long reassignedFrom, String note) {
    }

    Run newRun() {
        return new Run();
    }

    final class Run {
        private final Map<Long, List<OrgDirectory.GridMember>> membersByGrid = new HashMap<>();
        private final Map<Long, Set<Long>> itemsByUser = new HashMap<>();
        private final Map<Long, String> unitPathBySubject = new HashMap<>();
        private final Map<Long, Integer> load = new HashMap<>();
        private Map<Long, String> deptPaths;

        /** Loads what the pairs of one page need that earlier pages did not load already. */
        void prepare(Collection<Long> gridIds, Collection<Long> subjectIds) {
            Set<Long> grids = new HashSet<>(gridIds);
            grids.removeAll(membersByGrid.keySet());
            if (!grids.isEmpty()) {
                grids.forEach(g -> membersByGrid.put(g, new ArrayList<>()));
                for (OrgDirectory.GridMember m : org.membersCovering(grids)) {
                    membersByGrid.get(m.gridId()).add(m);
                }
                Set<Long> users = new HashSet<>();
                grids.forEach(g -> membersByGrid.get(g).forEach(m -> users.add(m.userId())));
                users.removeAll(itemsByUser.keySet());
                if (!users.isEmpty()) {
                    users.forEach(u -> itemsByUser.put(u, new HashSet<>()));
                    jdbc.query("SELECT user_id, item_id FROM safety_inspector_item WHERE user_id IN (:u)",
                            new MapSqlParameterSource("u", users), rs -> {
                                itemsByUser.get(rs.getLong(1)).add(rs.getLong(2));
                            });
                }
            }
            Set<Long> subjects = new HashSet<>(subjectIds);
            subjects.removeAll(unitPathBySubject.keySet());
            if (!subjects.isEmpty()) {
                if (deptPaths == null) {
                    deptPaths = org.deptPaths();
                }
                subjects.forEach(s -> unitPathBySubject.put(s, null));
                jdbc.query("SELECT id, dept_id FROM safety_subject WHERE id IN (:ids)", new MapSqlParameterSource("ids", subjects),
                        rs -> {
                            long dept = rs.getLong(2);
                            unitPathBySubject.put(rs.getLong(1), rs.wasNull() ? null : deptPaths.get(dept));
                        });
            }
        }

        Decision decide(long gridId, long subjectId, long itemId, Long responsible) {
            List<OrgDirectory.GridMember> members = membersByGrid.getOrDefault(gridId, List.of());
            String unit = unitPathBySubject.get(subjectId);
            String why = null;
            if (responsible != null) {
                OrgDirectory.GridMember m = members.stream().filter(x -> x.userId() == responsible).findFirst().orElse(null);
                if (m == null) {
                    why = "原责任人已停用或不再负责该网格";
                } else if (!itemsByUser.getOrDefault(responsible, Set.of()).contains(itemId)) {
                    why = "原责任人不再持有该检查项";
                } else if (!inUnit(m, unit)) {
                    why = "原责任人不属于主体所在单位";
                } else {
                    take(responsible);
                    return new Decision(responsible, null, null);
                }
            } else {
                why = "该检查项没有责任人";
            }
            OrgDirectory.GridMember best = null;
            for (OrgDirectory.GridMember m : members) {
                if (responsible != null && m.userId() == responsible || !inUnit(m, unit)
                        || !itemsByUser.getOrDefault(m.userId(), Set.of()).contains(itemId)) {
                    continue;
                }
                if (best == null || load.getOrDefault(m.userId(), 0) < load.getOrDefault(best.userId(), 0)
                        || load.getOrDefault(m.userId(), 0).equals(load.getOrDefault(best.userId(), 0)) && m.userId() < best.userId()) {
                    best = m;
                }
            }
            if (best == null) {
                return new Decision(null, responsible, why + "，网格内没有其他符合条件的检查人员");
            }
            take(best.userId());
            return new Decision(best.userId(), responsible, why + "，已改派");
        }

        /**
         * Why a given user may not take the pair (a unit dispatching an UNASSIGNED recheck by hand), or null when
         * they qualify: the same four conditions as the job's own choice.
         */
        String refusal(long gridId, long subjectId, long itemId, long userId) {
            OrgDirectory.GridMember m = membersByGrid.getOrDefault(gridId, List.of()).stream()
                    .filter(x -> x.userId() == userId).findFirst().orElse(null);
            if (m == null) {
                return "该人员已停用或不负责主体所在网格";
            }
            if (!itemsByUser.getOrDefault(userId, Set.of()).contains(itemId)) {
                return "该人员未持有该检查项";
            }
            if (!inUnit(m, unitPathBySubject.get(subjectId))) {
                return "该人员不属于主体所在单位";
            }
            return null;
        }

        /** Everyone who may take the pair, by id. */
        List<Long> eligible(long gridId, long subjectId, long itemId) {
            return membersByGrid.getOrDefault(gridId, List.of()).stream().map(OrgDirectory.GridMember::userId).distinct()
                    .filter(u -> refusal(gridId, subjectId, itemId, u) == null).sorted().toList();
        }

        private void take(long userId) {
            load.merge(userId, 1, Integer::sum);
        }

        /** No unit on the subject → no unit restriction; otherwise the member's department must be at or below it. */
        private boolean inUnit(OrgDirectory.GridMember m, String unitPath) {
            return unitPath == null || m.deptPath() != null && m.deptPath().startsWith(unitPath);
        }
    }
}
