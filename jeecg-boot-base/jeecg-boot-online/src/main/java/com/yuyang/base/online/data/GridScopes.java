package com.yuyang.base.online.data;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.RowScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The row scope of the caller for a form. The grid part comes from the platform's {@link DataScopeResolver}
 * (the same one the MyBatis-Plus interceptor uses) so that the online engine applies the same isolation;
 * while no resolver bean exists, an equivalent reading of sys_user_role / sys_user_grid / sys_grid is used,
 * failing closed (no grids) rather than open.
 */
@Component
public class GridScopes {

    private final ObjectProvider<DataScopeResolver> resolver;
    private final NamedParameterJdbcTemplate jdbc;

    public GridScopes(ObjectProvider<DataScopeResolver> resolver, NamedParameterJdbcTemplate jdbc) {
        this.resolver = resolver;
        this.jdbc = jdbc;
    }

    public RowScope of(FormDef form, LoginUser user) {
        Long tenant = form.tenantFiltered() ? user.tenantId() : null;
        if (!form.gridScopedTable()) {
            return new RowScope(tenant, null);
        }
        DataScope scope = dataScope(user);
        return new RowScope(tenant, scope.all() ? null : Set.copyOf(scope.gridIds()));
    }

    public DataScope dataScope(LoginUser user) {
        DataScopeResolver r = resolver.getIfAvailable();
        return r != null ? r.resolve(user) : fallback(user);
    }

    private DataScope fallback(LoginUser user) {
        if (user.admin()) {
            return DataScope.everything();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("u", user.id());
        List<String> scopes = jdbc.queryForList("SELECT r.data_scope FROM sys_role r JOIN sys_user_role ur"
                + " ON ur.role_id = r.id WHERE ur.user_id = :u AND r.del_flag = 0", p, String.class);
        if (scopes.contains("ALL")) {
            return DataScope.everything();
        }
        Set<Long> grids = new HashSet<>();
        if (scopes.contains("DEPT") && user.deptId() != null) {
            grids.addAll(jdbc.queryForList("SELECT id FROM sys_grid WHERE del_flag = 0 AND dept_id = :d",
                    new MapSqlParameterSource("d", user.deptId()), Long.class));
        }
        List<Long> own = jdbc.queryForList("SELECT grid_id FROM sys_user_grid WHERE user_id = :u", p, Long.class);
        for (Long g : own) {
            grids.addAll(jdbc.queryForList("SELECT id FROM sys_grid WHERE del_flag = 0 AND path LIKE :p",
                    new MapSqlParameterSource("p", "%/" + g + "/%"), Long.class));
        }
        return DataScope.grids(grids);
    }
}
