package com.yuyang.base.online.data;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.RowScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The row scope of the caller for a form. The grid part comes from the platform's {@link DataScopeResolver},
 * the same one the MyBatis-Plus grid interceptor uses, so the online engine (plain JDBC) applies exactly the
 * same isolation. Without a resolver it fails closed: admins see all, everyone else no grid at all.
 */
@Component
public class GridScopes {

    private final ObjectProvider<DataScopeResolver> resolver;

    public GridScopes(ObjectProvider<DataScopeResolver> resolver) {
        this.resolver = resolver;
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
        if (r != null) {
            return r.resolve(user);
        }
        return user.admin() ? DataScope.everything() : DataScope.grids(Set.of());
    }
}
