package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.UnitCeilingProvider;
import com.yuyang.base.system.user.SysUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Builds the {@link LoginUser} kept with a session: roles from sys_user_role, permissions from the roles'
 * grants CAPPED by the unit ceiling (E1: effective = role permissions ∩ ceiling). The admin role holds
 * every code and is not capped. Without a ceiling provider bean there is no cap.
 */
@Component
public class LoginUserLoader {

    public static final String ADMIN_ROLE = "admin";

    private final AuthMapper mapper;
    private final ObjectProvider<UnitCeilingProvider> ceilings;

    public LoginUserLoader(AuthMapper mapper, ObjectProvider<UnitCeilingProvider> ceilings) {
        this.mapper = mapper;
        this.ceilings = ceilings;
    }

    public LoginUser load(SysUser u) {
        Set<String> roles = Set.copyOf(mapper.roleCodes(u.getId()));
        boolean admin = roles.contains(ADMIN_ROLE);
        Set<String> permissions = new HashSet<>(admin ? mapper.allPermissionCodes() : mapper.permissionCodes(u.getId()));
        if (!admin && u.getDeptId() != null) {
            UnitCeilingProvider provider = ceilings.getIfAvailable();
            if (provider != null) {
                provider.ceilingOf(u.getDeptId()).ifPresent(permissions::retainAll);
            }
        }
        long tenant = u.getTenantId() == null ? 1L : u.getTenantId();
        return new LoginUser(u.getId(), u.getUsername(), u.getRealName(), tenant, u.getDeptId(),
                roles, Set.copyOf(permissions), admin);
    }
}
