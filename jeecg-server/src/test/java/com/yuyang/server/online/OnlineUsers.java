package com.yuyang.server.online;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo accounts as the security filter would bind them (service-level tests; the HTTP login is the
 * auth module's). Permissions here are what a role grant would give.
 */
final class OnlineUsers {

    static final LoginUser ADMIN = new LoginUser(1, "admin", "系统管理员", 1, 1L, Set.of("admin"), Set.of(), true);

    private OnlineUsers() {
    }

    static LoginUser inspector1(String... permissions) {
        return new LoginUser(2, "inspector1", "张网格", 1, 10L, Set.of("inspector"), Set.of(permissions), false);
    }

    static LoginUser inspector2(String... permissions) {
        return new LoginUser(3, "inspector2", "李网格", 1, 10L, Set.of("inspector"), Set.of(permissions), false);
    }

    static <T> T as(LoginUser user, Supplier<T> action) {
        CurrentUser.bind(user);
        try {
            return action.get();
        } finally {
            CurrentUser.clear();
        }
    }

    static void run(LoginUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    static String[] crud(String form) {
        return new String[]{"online:" + form + ":list", "online:" + form + ":add", "online:" + form + ":edit",
                "online:" + form + ":delete", "online:" + form + ":import", "online:" + form + ":export"};
    }
}
