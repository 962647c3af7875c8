package com.yuyang.traffic.safety.sampling;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * What the sampling page may offer as scope (A4): the caller's own department and those below it (all of them
 * for an administrator), the grids of the caller's scope and the active industries. The server still checks the
 * grids of an order; offering only these keeps the page from proposing what would be refused.
 */
@Component
public class SamplingOptions {

    private final DataScopeResolver scopes;
    private final OrgDirectory org;
    private final JdbcTemplate jdbc;

    public SamplingOptions(DataScopeResolver scopes, OrgDirectory org, JdbcTemplate jdbc) {
        this.scopes = scopes;
        this.org = org;
        this.jdbc = jdbc;
    }

    public record Option(String id, String parentId, String name) {
    }

    public record Options(List<Option> units, List<Option> grids, List<Option> industries) {
    }

    public Options of(LoginUser user) {
        DataScope scope = scopes.resolve(user);
        Set<Long> units = scope.all() ? null : org.deptOf(user.id()).map(org::deptSubtree).orElse(Set.of());
        List<Option> depts = org.depts().stream().filter(d -> units == null || units.contains(d.id()))
                .map(SamplingOptions::option).toList();
        List<Option> grids = org.grids().stream().filter(g -> scope.allows(g.id())).map(SamplingOptions::option).toList();
        List<Option> industries = jdbc.query("SELECT id, name FROM safety_industry WHERE del_flag = 0 AND tenant_id = ?"
                        + " AND (status IS NULL OR status = 'ACTIVE') ORDER BY sort_no, id",
                (rs, n) -> new Option(rs.getString(1), null, rs.getString(2)), user.tenantId());
        return new Options(depts, grids, industries);
    }

    private static Option option(OrgDirectory.Node n) {
        return new Option(String.valueOf(n.id()), String.valueOf(n.parentId()), n.name());
    }
}
