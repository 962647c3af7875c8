package com.yuyang.base.system.auth;

import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.security.UnitCeilingProvider;
import com.yuyang.base.system.user.SysUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** E1/P8: effective permissions = role permissions ∩ unit ceiling; admin is not capped; no provider, no cap. */
class LoginUserLoaderTest {

    private static SysUser user(long id, Long dept) {
        SysUser u = new SysUser();
        u.setId(id);
        u.setUsername("u" + id);
        u.setRealName("用户");
        u.setTenantId(1L);
        u.setDeptId(dept);
        return u;
    }

    private static ObjectProvider<UnitCeilingProvider> provider(UnitCeilingProvider p) {
        StaticListableBeanFactory f = new StaticListableBeanFactory();
        if (p != null) {
            f.addBean("ceiling", p);
        }
        return f.getBeanProvider(UnitCeilingProvider.class);
    }

    @Test
    void e1_permissionsAreCappedByTheUnitCeiling() {
        AuthMapper mapper = mock(AuthMapper.class);
        when(mapper.roleCodes(5)).thenReturn(List.of("inspector"));
        when(mapper.permissionCodes(5)).thenReturn(List.of("a:x:list", "a:x:add", "a:x:delete"));
        UnitCeilingProvider ceiling = dept -> dept == 10L ? Optional.of(Set.of("a:x:list", "a:x:add", "b:y:list"))
                : Optional.empty();
        LoginUser u = new LoginUserLoader(mapper, provider(ceiling)).load(user(5, 10L));
        assertThat(u.permissions()).containsExactlyInAnyOrder("a:x:list", "a:x:add");
        assertThat(u.admin()).isFalse();
        assertThat(u.hasPermission("a:x:delete")).isFalse();
    }

    @Test
    void e1_noCeilingConfiguredMeansNoCap() {
        AuthMapper mapper = mock(AuthMapper.class);
        when(mapper.roleCodes(6)).thenReturn(List.of("inspector"));
        when(mapper.permissionCodes(6)).thenReturn(List.of("a:x:list", "a:x:delete"));
        assertThat(new LoginUserLoader(mapper, provider(null)).load(user(6, 10L)).permissions())
                .containsExactlyInAnyOrder("a:x:list", "a:x:delete");
        UnitCeilingProvider none = dept -> Optional.empty();
        assertThat(new LoginUserLoader(mapper, provider(none)).load(user(6, 10L)).permissions()).hasSize(2);
    }

    @Test
    void p8_adminHoldsEveryCodeUncapped() {
        AuthMapper mapper = mock(AuthMapper.class);
        when(mapper.roleCodes(1)).thenReturn(List.of("admin"));
        when(mapper.allPermissionCodes()).thenReturn(List.of("a:x:list", "z:z:z"));
        UnitCeilingProvider tight = dept -> Optional.of(Set.of());
        LoginUser u = new LoginUserLoader(mapper, provider(tight)).load(user(1, 1L));
        assertThat(u.admin()).isTrue();
        assertThat(u.permissions()).contains("a:x:list", "z:z:z");
    }
}
