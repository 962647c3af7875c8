package com.yuyang.base.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.authz.annotation.RequiresUser;
import org.apache.shiro.subject.Subject;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.annotation.Annotation;

/**
 * Enforces Shiro's {@code @RequiresAuthentication}, {@code @RequiresUser}, {@code @RequiresRoles} and
 * {@code @RequiresPermissions} on controller methods (method annotation first, then the class), against
 * the Subject bound by the token filter. Second gate of default deny: a handler of our own code that is
 * not {@link AnonymousAccess} needs an authenticated caller even if it forgot every annotation.
 * Failures become Shiro exceptions, answered 401/403 by the global exception handler.
 */
public class PermissionInterceptor implements HandlerInterceptor {

    private static final String OWN_PACKAGE = "com.yuyang.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod hm) || AnonymousHandlerMatcher.isAnonymous(hm)) {
            return true;
        }
        boolean own = hm.getBeanType().getName().startsWith(OWN_PACKAGE);
        RequiresPermissions perms = find(hm, RequiresPermissions.class);
        RequiresRoles roles = find(hm, RequiresRoles.class);
        boolean needsLogin = own || perms != null || roles != null
                || find(hm, RequiresAuthentication.class) != null || find(hm, RequiresUser.class) != null;
        if (!needsLogin) {
            return true;
        }
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            throw new UnauthenticatedException("authentication required");
        }
        if (roles != null) {
            if (roles.logical() == Logical.AND) {
                subject.checkRoles(roles.value());
            } else if (java.util.Arrays.stream(roles.value()).noneMatch(subject::hasRole)) {
                throw new org.apache.shiro.authz.UnauthorizedException("role required");
            }
        }
        if (perms != null) {
            if (perms.logical() == Logical.AND) {
                subject.checkPermissions(perms.value());
            } else if (java.util.Arrays.stream(perms.value()).noneMatch(subject::isPermitted)) {
                throw new org.apache.shiro.authz.UnauthorizedException("permission required");
            }
        }
        return true;
    }

    private static <A extends Annotation> A find(HandlerMethod hm, Class<A> type) {
        A onMethod = hm.getMethodAnnotation(type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(hm.getBeanType(), type);
    }
}
