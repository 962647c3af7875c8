package com.yuyang.base.system.grid;

import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The union of the data scopes of a user's roles (A9): ALL sees everything; DEPT the grids of the user's
 * department and the departments below it, plus the user's own grids; GRID the user's bound grids and their
 * sub-grids. A user without roles sees nothing.
 */
@Component
public class GridDataScopeResolver implements DataScopeResolver {

    private final GridScopeMapper mapper;
    private final DataScopeCache cache;

    public GridDataScopeResolver(GridScopeMapper mapper, DataScopeCache cache) {
        this.mapper = mapper;
        this.cache = cache;
    }

    @Override
    public DataScope resolve(LoginUser user) {
        if (user.admin()) {
            return DataScope.everything();
        }
        return cache.get(user.id()).orElseGet(() -> {
            DataScope scope = compute(user.id());
            cache.put(user.id(), scope);
            return scope;
        });
    }

    private DataScope compute(long userId) {
        List<String> scopes = mapper.dataScopesOfUser(userId);
        if (scopes.contains("ALL")) {
            return DataScope.everything();
        }
        Set<Long> grids = new HashSet<>();
        if (!scopes.isEmpty()) {
            grids.addAll(mapper.boundGridTreeOfUser(userId));
        }
        if (scopes.contains("DEPT")) {
            grids.addAll(mapper.deptGridsOfUser(userId));
        }
        return DataScope.grids(grids);
    }
}
