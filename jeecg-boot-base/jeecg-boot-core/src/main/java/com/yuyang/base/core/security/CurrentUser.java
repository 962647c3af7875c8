package com.yuyang.base.core.security;

import java.util.Optional;

/**
 * Request-scoped access to the caller. The security filter binds it for the request and clears it after;
 * code that runs outside a request (jobs) sees no user and must not rely on data scope.
 */
public final class CurrentUser {

    private static final ThreadLocal<LoginUser> HOLDER = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static Optional<LoginUser> get() {
        return Optional.ofNullable(HOLDER.get());
    }

    public static LoginUser require() {
        LoginUser u = HOLDER.get();
        if (u == null) {
            throw com.yuyang.base.core.exception.BizException.unauthorized("未登录或登录已过期");
        }
        return u;
    }

    public static void bind(LoginUser user) {
        HOLDER.set(user);
    }

    public static void clear() {
        HOLDER.remove();
    }
}
