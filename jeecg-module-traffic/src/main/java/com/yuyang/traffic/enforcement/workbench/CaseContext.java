package com.yuyang.traffic.enforcement.workbench;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import com.yuyang.traffic.enforcement.route.Route;
import com.yuyang.traffic.enforcement.route.RouteStage;
import com.yuyang.traffic.enforcement.route.RouteStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the case page shows besides the engine's detail: the route version the case was created with (stages,
 * roles with their names, time limits, which one is current), the classes, the subject (masked), and the names
 * of the assignee and the reporter. Only called for a case the caller may see.
 */
@Component
class CaseContext {

    private final JdbcTemplate jdbc;
    private final RouteStore routes;
    private final CaseCategories categories;
    private final OrgDirectory org;
    private final FieldCipher cipher;

    CaseContext(JdbcTemplate jdbc, RouteStore routes, CaseCategories categories, OrgDirectory org, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.routes = routes;
        this.categories = categories;
        this.org = org;
        this.cipher = cipher;
    }

    Map<String, Object> of(CaseView c, long tenantId) {
        Map<String, Object> m = new LinkedHashMap<>();
        CaseCategory minor = categories.find(c.categoryId()).orElse(null);
        CaseCategory major = minor == null || minor.parentId() == 0 ? null : categories.find(minor.parentId()).orElse(null);
        m.put("categoryName", minor == null ? null : minor.name());
        m.put("majorName", major == null ? null : major.name());
        m.put("subject", c.subjectId() == null ? null : subject(c.subjectId()));
        m.put("route", routes.byId(c.routeId()).map(r -> route(r, c, tenantId)).orElse(null));
        m.put("assigneeName", c.assigneeId() == null ? null : org.realName(c.assigneeId()).orElse(null));
        m.put("reporterName", c.reporterId() == null ? null : org.realName(c.reporterId()).orElse(null));
        m.put("gridName", jdbc.query("SELECT name FROM sys_grid WHERE id = ?", (rs, i) -> rs.getString(1), c.gridId())
                .stream().findFirst().orElse(null));
        return m;
    }

    private Map<String, Object> route(Route r, CaseView c, long tenantId) {
        Set<String> codes = new LinkedHashSet<>();
        r.stages().forEach(s -> codes.addAll(s.roleCodes()));
        Map<String, String> roleNames = roleNames(tenantId, codes);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (RouteStage s : r.stages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", s.seq());
            m.put("stageCode", s.stageCode().name());
            m.put("stageName", s.stageName());
            m.put("roleCodes", s.roleCodes());
            m.put("roleNames", s.roleCodes().stream().map(code -> roleNames.getOrDefault(code, code)).toList());
            m.put("timeLimit", s.timeLimit());
            m.put("timeUnit", s.timeUnit() == null ? null : s.timeUnit().name());
            m.put("current", !c.closed() && s.seq() == c.currentSeq());
            stages.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(r.id()));
        m.put("versionNo", r.versionNo());
        m.put("active", r.active());
        m.put("stages", stages);
        return m;
    }

    private Map<String, String> roleNames(long tenantId, Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        String marks = String.join(",", codes.stream().map(x -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(tenantId);
        args.addAll(codes);
        jdbc.query("SELECT code, name FROM sys_role WHERE tenant_id = ? AND code IN (" + marks + ")",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, args.toArray());
        return names;
    }

    private CaseSubjectView subject(long id) {
        return jdbc.query("SELECT id, name, subject_type, contact, phone, id_no, plate, status FROM enforcement_subject"
                        + " WHERE id = ? AND del_flag = 0", (rs, i) -> new CaseSubjectView(String.valueOf(rs.getLong(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4), decrypt(rs.getString(5)), decrypt(rs.getString(6)),
                        rs.getString(7), rs.getString(8)), id)
                .stream().findFirst().orElse(null);
    }

    private String decrypt(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return cipher.decrypt(stored);
        } catch (IllegalStateException e) {
            return null; // not ciphertext of this key: never show what it is
        }
    }
}
