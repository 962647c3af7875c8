package com.yuyang.traffic.safety.subject;

import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The grid members who supervise a subject: users with the inspector role whose grids cover the subject's
 * grid (a member of 101 covers 1011). Enterprise accounts are bound to grids as well, so "everyone in the
 * grid" would reach the neighbours: reminders of A8 go to these inspectors only.
 */
@Component
public class GridInspectors {

    public static final String INSPECTOR_ROLE = "inspector";

    private final OrgDirectory org;
    private final UserDirectory users;

    public GridInspectors(OrgDirectory org, UserDirectory users) {
        this.org = org;
        this.users = users;
    }

    public List<Long> of(long tenantId, long gridId) {
        Set<Long> inspectors = users.usersWithRoles(tenantId, List.of(INSPECTOR_ROLE));
        Set<Long> out = new TreeSet<>();
        org.membersCovering(Set.of(gridId)).forEach(m -> {
            if (inspectors.contains(m.userId())) {
                out.add(m.userId());
            }
        });
        return List.copyOf(out);
    }
}
