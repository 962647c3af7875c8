package com.yuyang.server.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.util.List;

/**
 * Serves the Vue UI (classpath {@code static/}, copied from {@code jeecg-ui/dist} by the build) with
 * history-mode routing: a GET for a client-side route such as {@code /system/user} that matches no
 * file answers {@code index.html}, so a browser reload on any page works.
 *
 * <p>Replaces Boot's default {@code /**} resource mapping (same locations; ordered first so Boot sees
 * the pattern taken and skips its own). Server-owned prefixes never fall back: an unknown
 * {@code /api/...} stays the JSON 404 of the error handler. Missing paths that look like files
 * (a dot in the last segment) stay 404 as well, so a broken asset link is visible, not masked by HTML.
 * The resource chain runs without cache: a cache would remember every random path a client sends.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SpaFallbackConfig implements WebMvcConfigurer {

    /** Path prefixes (without the leading slash) the server owns; they never answer the UI shell. */
    static final List<String> SERVER_PREFIXES = List.of(
            "api", "actuator", "doc.html", "v3", "webjars", "jmreport", "drag", "swagger-ui", "swagger-resources");

    /**
     * Client routes whose last segment may contain a dot: the case QR code encodes
     * {@code /public/cases/<code>.<signature>} (enforcement's public page), which is a route, not a file.
     */
    static final List<String> DOTTED_CLIENT_ROUTES = List.of("public/cases/");

    private final String[] locations;

    public SpaFallbackConfig(WebProperties webProperties) {
        this.locations = webProperties.getResources().getStaticLocations();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations(locations)
                .resourceChain(false)
                .addResolver(new SpaResolver());
    }

    static boolean isClientRoute(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (String prefix : SERVER_PREFIXES) {
            if (p.equals(prefix) || p.startsWith(prefix + "/")) {
                return false;
            }
        }
        for (String prefix : DOTTED_CLIENT_ROUTES) {
            if (p.startsWith(prefix) && p.length() > prefix.length() && p.indexOf('/', prefix.length()) < 0) {
                return true;
            }
        }
        String last = p.substring(p.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /** Existing file first; otherwise, for a client route, the UI shell from the same location. */
    private static final class SpaResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource found = super.getResource(resourcePath, location);
            if (found != null || !isClientRoute(resourcePath)) {
                return found;
            }
            return super.getResource("index.html", location);
        }
    }
}
