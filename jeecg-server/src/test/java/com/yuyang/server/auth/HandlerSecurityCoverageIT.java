package com.yuyang.server.auth;

import com.yuyang.base.core.security.AnonymousAccess;
import com.yuyang.server.support.IntegrationTest;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.authz.annotation.RequiresUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P8: authorisation is a default, not a habit. Every /api handler of the running application is either
 * {@code @AnonymousAccess} or declares a Shiro permission/role/authentication annotation; the build fails
 * the day someone forgets one. Also: no handler is both anonymous and permission-guarded.
 */
class HandlerSecurityCoverageIT extends IntegrationTest {

    private static final List<Class<? extends Annotation>> GUARDS = List.of(
            RequiresPermissions.class, RequiresRoles.class, RequiresAuthentication.class, RequiresUser.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void p8_everyApiHandlerIsAnonymousOrGuarded() {
        List<String> unguarded = new ArrayList<>();
        List<String> contradictory = new ArrayList<>();
        int apiHandlers = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            boolean api = e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api"));
            if (!api) {
                continue;
            }
            apiHandlers++;
            HandlerMethod hm = e.getValue();
            boolean anonymous = has(hm, AnonymousAccess.class);
            boolean guarded = GUARDS.stream().anyMatch(g -> has(hm, g));
            String name = hm.getBeanType().getName() + "#" + hm.getMethod().getName() + " " + e.getKey();
            if (!anonymous && !guarded) {
                unguarded.add(name);
            }
            if (anonymous && guarded) {
                contradictory.add(name);
            }
        }
        assertThat(apiHandlers).as("the login endpoints at least are mapped").isGreaterThan(5);
        assertThat(unguarded).as("handlers without @AnonymousAccess or a Shiro annotation").isEmpty();
        assertThat(contradictory).as("handlers both anonymous and guarded").isEmpty();
    }

    private static boolean has(HandlerMethod hm, Class<? extends Annotation> type) {
        return hm.hasMethodAnnotation(type) || AnnotatedElementUtils.hasAnnotation(hm.getBeanType(), type);
    }
}
