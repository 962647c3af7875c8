package com.yuyang.base.core.security;

import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P8: the Shiro annotations on controllers are enforced, admin passes, unannotated own handlers need a login. */
class PermissionInterceptorTest {

    static class SampleController {
        @RequiresPermissions("sys:user:list")
        public void list() {
        }

        @RequiresPermissions(value = {"sys:user:add", "sys:user:edit"}, logical = Logical.OR)
        public void save() {
        }

        @RequiresPermissions({"sys:user:add", "sys:user:edit"})
        public void both() {
        }

        @RequiresRoles("enterprise")
        public void enterpriseOnly() {
        }

        @RequiresAuthentication
        public void me() {
        }

        @AnonymousAccess
        public void open() {
        }

        public void forgotten() {
        }
    }

    final PermissionInterceptor interceptor = new PermissionInterceptor();
    final DefaultSecurityManager sm = new DefaultSecurityManager(new TokenRealm(null));

    @AfterEach
    void unbind() {
        ThreadContext.remove();
    }

    private void as(LoginUser user) {
        Subject.Builder b = new Subject.Builder(sm);
        if (user != null) {
            b.principals(new SimplePrincipalCollection(user, TokenRealm.NAME)).authenticated(true);
        }
        ThreadContext.bind(sm);
        ThreadContext.bind(b.buildSubject());
    }

    private boolean call(String method) throws Exception {
        HandlerMethod hm = new HandlerMethod(new SampleController(), SampleController.class.getMethod(method));
        return interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), hm);
    }

    private static LoginUser user(Set<String> roles, Set<String> perms, boolean admin) {
        return new LoginUser(7, "u", "用户", 1, 10L, roles, perms, admin);
    }

    @Test
    void p8_permissionsAndRolesAreChecked() throws Exception {
        as(user(Set.of("inspector"), Set.of("sys:user:list", "sys:user:edit"), false));
        assertThat(call("list")).isTrue();
        assertThat(call("save")).isTrue();
        assertThatThrownBy(() -> call("both")).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> call("enterpriseOnly")).isInstanceOf(UnauthorizedException.class);
        assertThat(call("me")).isTrue();
        assertThat(call("forgotten")).isTrue();
    }

    @Test
    void p8_adminPassesEveryCheck() throws Exception {
        as(user(Set.of("admin"), Set.of(), true));
        assertThat(call("both")).isTrue();
        assertThat(call("enterpriseOnly")).isTrue();
    }

    @Test
    void p2_anonymousCallerIsRefusedEverywhereButAnonymousHandlers() throws Exception {
        as(null);
        assertThat(call("open")).isTrue();
        for (String m : new String[]{"list", "save", "enterpriseOnly", "me", "forgotten"}) {
            assertThatThrownBy(() -> call(m)).as(m).isInstanceOf(UnauthenticatedException.class);
        }
    }
}
