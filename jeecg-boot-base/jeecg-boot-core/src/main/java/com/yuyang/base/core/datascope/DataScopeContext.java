package com.yuyang.base.core.datascope;

import java.util.function.Supplier;

/**
 * Explicit system scope for code that runs without a user (jobs, start-up loaders, public endpoints that
 * resolve their own scope). Without it, a statement on a grid-scoped table with no user bound sees nothing:
 * forgetting the scope fails closed, never open.
 */
public final class DataScopeContext {

    private static final ThreadLocal<Integer> SYSTEM_DEPTH = ThreadLocal.withInitial(() -> 0);

    private DataScopeContext() {
    }

    public static boolean isSystem() {
        return SYSTEM_DEPTH.get() > 0;
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        SYSTEM_DEPTH.set(SYSTEM_DEPTH.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = SYSTEM_DEPTH.get() - 1;
            if (depth == 0) {
                SYSTEM_DEPTH.remove();
            } else {
                SYSTEM_DEPTH.set(depth);
            }
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
