package com.yuyang.base.core.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.web.Result;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes the platform envelope from a servlet filter, where the MVC exception handler cannot reach. */
public final class EnvelopeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvelopeWriter() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(Result.fail(status, message)));
        response.flushBuffer();
    }
}
