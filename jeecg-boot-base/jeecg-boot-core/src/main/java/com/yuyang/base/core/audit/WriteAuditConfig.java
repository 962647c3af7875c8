package com.yuyang.base.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.web.Result;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;

/**
 * Wiring of the write audit: a filter that keeps a copy of write request bodies (for the sanitised
 * summary), the interceptor on /api/**, and a body advice that hands the envelope's outcome to it.
 */
@Configuration(proxyBeanMethods = false)
public class WriteAuditConfig implements WebMvcConfigurer {

    private static final int BODY_LIMIT = 16 * 1024;

    private final AuditWriter writer;
    private final ObjectMapper json;

    public WriteAuditConfig(AuditWriter writer, ObjectMapper json) {
        this.writer = writer;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WriteAuditInterceptor(writer, new AuditSanitizer(json))).addPathPatterns("/api/**");
    }

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> writeAuditBodyFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(WriteAuditInterceptor.isWrite(req) ? new ContentCachingRequestWrapper(req, BODY_LIMIT) : req, res);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> reg = new FilterRegistrationBean<>(filter);
        reg.addUrlPatterns("/api/*");
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return reg;
    }

    /** Hands the envelope of a write answer (success flag and message) to the interceptor. */
    @RestControllerAdvice
    static class EnvelopeCapture implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType,
                                      ServerHttpRequest request, ServerHttpResponse response) {
            if (body instanceof Result<?> && request instanceof ServletServerHttpRequest servlet) {
                servlet.getServletRequest().setAttribute(WriteAuditInterceptor.RESULT_ATTR, body);
            }
            return body;
        }
    }
}
