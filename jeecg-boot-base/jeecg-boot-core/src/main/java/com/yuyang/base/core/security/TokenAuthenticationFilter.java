package com.yuyang.base.core.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;

import java.util.List;
import java.util.Locale;

/**
 * The front door. Authenticates the {@code X-Access-Token} of every request (binding {@link CurrentUser}
 * for its duration) and refuses with 401 any request under a protected prefix that has no valid token,
 * unless Spring MVC resolves it to a handler marked {@link AnonymousAccess} (default deny).
 * Created with {@code new}, never as a Spring bean: a bean filter would also be registered globally.
 */
public class TokenAuthenticationFilter extends AdviceFilter {

    public static final String HEADER = "X-Access-Token";
    /** Request attribute holding the raw token of an authenticated request (for logout). */
    public static final String TOKEN_ATTRIBUTE = TokenAuthenticationFilter.class.getName() + ".token";

    private final SecuritySettings settings;
    private final AnonymousHandlerMatcher anonymous;

    public TokenAuthenticationFilter(SecuritySettings settings, AnonymousHandlerMatcher anonymous) {
        this.settings = settings;
        this.anonymous = anonymous;
    }

    @Override
    protected boolean preHandle(ServletRequest req, ServletResponse resp) throws Exception {
        HttpServletRequest request = (HttpServletRequest) req;
        CurrentUser.clear();
        String token = request.getHeader(HEADER);
        if ((token == null || token.isBlank()) && underAny(request, settings.getQueryTokenPrefixes())) {
            token = request.getParameter("token");
        }
        boolean presented = token != null && !token.isBlank();
        boolean authenticated = false;
        if (presented) {
            Subject subject = SecurityUtils.getSubject();
            try {
                subject.login(new BearerToken(token.trim(), request.getRemoteHost()));
                CurrentUser.bind((LoginUser) subject.getPrincipal());
                request.setAttribute(TOKEN_ATTRIBUTE, token.trim());
                authenticated = true;
            } catch (AuthenticationException e) {
                authenticated = false;
            }
        }
        if (authenticated || !needsToken(request) || anonymous.matches(request)) {
            return true;
        }
        EnvelopeWriter.write((HttpServletResponse) resp, 401, presented ? "登录已失效，请重新登录" : "未登录，请先登录");
        return false;
    }

    @Override
    public void afterCompletion(ServletRequest request, ServletResponse response, Exception exception) {
        CurrentUser.clear();
    }

    /**
     * Protected when either view of the path falls under a protected prefix: the container's decoded and
     * normalised servlet path, or the raw request URI. Compared case-insensitively with slashes collapsed,
     * so that {@code /API/x}, {@code //api/x} or {@code /%61pi/x} cannot slip past.
     */
    boolean needsToken(HttpServletRequest request) {
        String servletPath = canonical(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        String uri = canonical(stripContext(request));
        if (isPublic(servletPath) && isPublic(uri)) {
            return false;
        }
        return underProtectedPrefix(servletPath) || underProtectedPrefix(uri);
    }

    private boolean isPublic(String path) {
        for (String p : settings.getPublicPaths()) {
            if (p.endsWith("/**")) {
                String prefix = canonical(p.substring(0, p.length() - 3));
                if (path.startsWith(prefix + "/")) {
                    return true;
                }
            } else if (canonical(p).equals(path)) {
                return true;
            }
        }
        return false;
    }

    private boolean underAny(HttpServletRequest request, List<String> prefixes) {
        String servletPath = canonical(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        return underPrefix(servletPath, prefixes) && underPrefix(canonical(stripContext(request)), prefixes);
    }

    private boolean underProtectedPrefix(String path) {
        return underPrefix(path, settings.getProtectedPrefixes());
    }

    private static boolean underPrefix(String path, List<String> prefixes) {
        for (String p : prefixes) {
            String prefix = canonical(p);
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";")) {
                return true;
            }
        }
        return false;
    }

    private static String stripContext(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String ctx = request.getContextPath() == null ? "" : request.getContextPath();
        return uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
    }

    static String canonical(String path) {
        String p = path.replace('\\', '/').replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return p.startsWith("/") ? p : "/" + p;
    }
}
