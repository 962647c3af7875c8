package com.yuyang.base.core.audit;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records every write request under /api (POST, PUT, PATCH, DELETE): who, when, what, from which IP, and
 * whether it succeeded. Runs after completion, so the outcome (including a rolled-back failure) is known.
 */
public class WriteAuditInterceptor implements HandlerInterceptor {

    static final String START_ATTR = WriteAuditInterceptor.class.getName() + ".start";
    static final String RESULT_ATTR = WriteAuditInterceptor.class.getName() + ".result";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditWriter writer;
    private final AuditSanitizer sanitizer;

    public WriteAuditInterceptor(AuditWriter writer, AuditSanitizer sanitizer) {
        this.writer = writer;
        this.sanitizer = sanitizer;
    }

    static boolean isWrite(HttpServletRequest request) {
        return WRITES.contains(request.getMethod());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (isWrite(request)) {
            request.setAttribute(START_ATTR, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Long start = (Long) request.getAttribute(START_ATTR);
        if (start == null || skipped(handler)) {
            return;
        }
        String path = request.getRequestURI();
        Result<?> envelope = request.getAttribute(RESULT_ATTR) instanceof Result<?> r ? r : null;
        boolean success = ex == null && response.getStatus() < 400 && (envelope == null || envelope.success());
        String message = envelope != null ? envelope.message() : ex != null ? "系统异常" : null;
        Optional<LoginUser> user = CurrentUser.get();
        writer.submit(new AuditRecord(
                LocalDateTime.now(),
                user.map(LoginUser::tenantId).orElse(null),
                user.map(LoginUser::id).orElse(null),
                user.map(LoginUser::username).orElse(null),
                action(request.getMethod()),
                module(handler, path),
                target(handler, request),
                request.getMethod(),
                truncate(path, 255),
                request.getRemoteAddr(),
                success,
                truncate(AuditSanitizer.maskText(message), 500),
                (int) ((System.nanoTime() - start) / 1_000_000),
                summary(request, path)));
    }

    private static boolean skipped(Object handler) {
        return handler instanceof HandlerMethod hm
                && (hm.hasMethodAnnotation(SkipWriteAudit.class) || hm.getBeanType().isAnnotationPresent(SkipWriteAudit.class));
    }

    private static String action(String method) {
        return switch (method) {
            case "POST" -> "CREATE";
            case "DELETE" -> "DELETE";
            default -> "UPDATE";
        };
    }

    private static String module(Object handler, String path) {
        if (handler instanceof HandlerMethod hm) {
            Tag tag = hm.getBeanType().getAnnotation(Tag.class);
            if (tag != null && !tag.name().isBlank()) {
                return truncate(tag.name(), 64);
            }
        }
        String[] parts = path.split("/");
        return parts.length > 3 ? truncate(parts[2] + "/" + parts[3], 64) : truncate(path, 64);
    }

    @SuppressWarnings("unchecked")
    private static String target(Object handler, HttpServletRequest request) {
        StringBuilder sb = new StringBuilder();
        if (handler instanceof HandlerMethod hm) {
            sb.append(hm.getBeanType().getSimpleName()).append('.').append(hm.getMethod().getName());
        }
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append(' ').append(((Map<String, String>) m));
        }
        return truncate(AuditSanitizer.maskText(sb.toString()), 255);
    }

    private String summary(HttpServletRequest request, String path) {
        String params = sanitizer.summarizeParams(request.getParameterMap(), path);
        String body = null;
        ContentCachingRequestWrapper cached = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        String type = request.getContentType();
        if (cached != null && type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            byte[] bytes = cached.getContentAsByteArray();
            if (bytes.length > 0) {
                body = sanitizer.summarizeJson(new String(bytes, StandardCharsets.UTF_8), path);
            }
        }
        if (params == null) {
            return body;
        }
        return truncate(body == null ? params : params + " " + body, 2000);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
