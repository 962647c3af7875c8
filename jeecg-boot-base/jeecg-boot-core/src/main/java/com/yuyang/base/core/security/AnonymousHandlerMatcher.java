package com.yuyang.base.core.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "does this request reach a handler marked {@link AnonymousAccess}?" by asking Spring MVC's own
 * handler mapping to resolve the request, exactly as the DispatcherServlet will. No path list is kept,
 * so there is no second path interpretation that a crafted URL could make disagree with the dispatcher.
 */
public class AnonymousHandlerMatcher {

    private static final Logger log = LoggerFactory.getLogger(AnonymousHandlerMatcher.class);

    private final RequestMappingHandlerMapping mapping;
    private final Set<Method> anonymous = ConcurrentHashMap.newKeySet();
    private volatile boolean initialised;

    public AnonymousHandlerMatcher(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** Collects the anonymous handlers once the mapping is complete; logged so that reviewers see them. */
    public void initialise() {
        mapping.getHandlerMethods().forEach((info, hm) -> {
            if (isAnonymous(hm)) {
                anonymous.add(hm.getMethod());
                log.info("Anonymous handler: {} -> {}.{}", info, hm.getBeanType().getSimpleName(), hm.getMethod().getName());
            }
        });
        initialised = true;
    }

    public static boolean isAnonymous(HandlerMethod hm) {
        return hm.hasMethodAnnotation(AnonymousAccess.class)
                || AnnotatedElementUtils.hasAnnotation(hm.getBeanType(), AnonymousAccess.class);
    }

    public boolean matches(HttpServletRequest request) {
        if (!initialised) {
            initialise();
        }
        if (anonymous.isEmpty()) {
            return false;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        Object previousLookup = request.getAttribute(UrlPathHelper.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod hm && anonymous.contains(hm.getMethod());
        } catch (Exception e) {
            // no match, method not allowed, media type mismatch...: not an anonymous handler
            return false;
        } finally {
            restore(request, ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
            restore(request, UrlPathHelper.PATH_ATTRIBUTE, previousLookup);
            request.removeAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
            request.removeAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            request.removeAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            request.removeAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
            request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
            request.removeAttribute(HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE);
        }
    }

    private static void restore(HttpServletRequest request, String name, Object value) {
        if (value == null) {
            request.removeAttribute(name);
        } else {
            request.setAttribute(name, value);
        }
    }
}
