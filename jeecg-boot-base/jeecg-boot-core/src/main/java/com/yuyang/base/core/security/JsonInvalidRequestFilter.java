package com.yuyang.base.core.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.InvalidRequestFilter;

/**
 * Shiro's guard against path tricks (semicolons, backslashes, encoded periods/slashes, traversal,
 * non-printable characters), answering with the platform envelope instead of a container error page.
 */
public class JsonInvalidRequestFilter extends InvalidRequestFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        EnvelopeWriter.write((HttpServletResponse) response, 400, "非法的请求路径");
        return false;
    }
}
