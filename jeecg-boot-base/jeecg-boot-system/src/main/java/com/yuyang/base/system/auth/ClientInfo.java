package com.yuyang.base.system.auth;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request comes from, for sessions and the audit trail. */
public record ClientInfo(String ip, String userAgent) {

    public static ClientInfo of(HttpServletRequest request) {
        // remote address as resolved by the container (server.forward-headers-strategy decides on proxies)
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
