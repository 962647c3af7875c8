package com.yuyang.base.core.audit;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.Result;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records every write request under /api (POST, PUT, PATCH, DELETE): who, when, what, from which IP, and
 * whether it succeeded. A servlet filter placed just inside the security filter (the caller is known) and
 * around everything else, so refusals by the permission check, validation errors and rolled-back failures
 * are recorded with their outcome. It keeps a bounded copy of the body for the sanitised summary.
 */
public class WriteAuditFilter extends OncePerRequestFilter {

    static final String RESULT_ATTR = WriteAuditFilter.class.getName() + ".result";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int BODY_LIMIT = 16 * 1024;

    private final AuditWriter writer;
    private final AuditSanitizer sanitizer;

    public WriteAuditFilter(AuditWriter writer, AuditSanitizer sanitizer) {
        this.writer = writer;
        this.sanitizer = sanitizer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !WRITES.contains(request.getMethod()) || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper request = new ContentCachingRequestWrapper(req, BODY_LIMIT);
        long start = System.nanoTime();
        Exception failure = null;
        try {
            chain.doFilter(request, res);
        } catch (IOException | ServletException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                record(request, res, failure, start);
            } catch (RuntimeException e) {
                logger.warn("Write audit record could not be built: " + e);
            }
        }
    }

    private void record(ContentCachingRequestWrapper request, HttpServletResponse response, Exception ex, long start) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (skipped(handler)) {
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

    private String summary(ContentCachingRequestWrapper cached, String path) {
        String params = sanitizer.summarizeParams(cached.getParameterMap(), path);
        String body = null;
        String type = cached.getContentType();
        if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            byte[] bytes = cached.getContentAsByteArray();
            long length = cached.getContentLengthLong();
            if (bytes.length == 0 && length > 0 && length <= BODY_LIMIT) {
                // refused before the body was read (e.g. 403): read it now, it is what was attempted
                try {
                    bytes = cached.getInputStream().readNBytes(BODY_LIMIT);
                } catch (IOException e) {
                    bytes = new byte[0];
                }
            }
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
