package com.yuyang.base.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.web.Result;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Wiring of the write audit: the filter on /api/* right after the security filter (order +50), and a
 * body advice that hands the envelope's outcome (success flag, message) to it.
 */
@Configuration(proxyBeanMethods = false)
public class WriteAuditConfig {

    @Bean
    public FilterRegistrationBean<WriteAuditFilter> writeAuditFilter(AuditWriter writer, ObjectMapper json) {
        FilterRegistrationBean<WriteAuditFilter> reg = new FilterRegistrationBean<>(new WriteAuditFilter(writer, new AuditSanitizer(json)));
        reg.setName("writeAuditFilter");
        reg.addUrlPatterns("/api/*");
        // inside the security filter (HIGHEST_PRECEDENCE + 50): the caller is bound, unauthenticated calls never get here
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return reg;
    }

    /** Hands the envelope of an answer (success flag and message) to the audit filter. */
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
                servlet.getServletRequest().setAttribute(WriteAuditFilter.RESULT_ATTR, body);
            }
            return body;
        }
    }
}
