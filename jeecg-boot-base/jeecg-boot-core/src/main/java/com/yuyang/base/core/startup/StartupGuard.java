package com.yuyang.base.core.startup;

import java.util.List;

/** One production start-up check: returns what is unsafe (empty when fine), in Chinese + the setting to fix. */
public interface StartupGuard {

    List<String> violations();
}
