package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.traffic.enforcement.caseflow.api.StageActionHandler;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every {@link StageActionHandler} bean by (stage, action); a duplicate registration stops the start-up. */
@Component
class ActionRegistry {

    static final String PASS = "pass";
    private static final Pattern NAME = Pattern.compile("^[a-z][a-zA-Z]{0,31}$");

    private final Map<String, StageActionHandler> byKey = new HashMap<>();

    ActionRegistry(List<StageActionHandler> handlers) {
        for (StageActionHandler h : handlers) {
            if (h.action() == null || !NAME.matcher(h.action()).matches()) {
                throw new IllegalStateException("stage action name must match " + NAME + ": " + h.getClass().getName());
            }
            StageActionHandler previous = byKey.put(key(h.stage(), h.action()), h);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + key(h.stage(), h.action()) + ": "
                        + previous.getClass().getName() + ", " + h.getClass().getName());
            }
        }
    }

    Optional<StageActionHandler> find(StageCode stage, String action) {
        if (action == null) {
            return Optional.empty();
        }
        StageActionHandler specific = byKey.get(key(stage, action));
        return Optional.ofNullable(specific != null ? specific : byKey.get(key(null, action)));
    }

    /** Whether a stage-specific handler replaces the generic pass on this stage. */
    boolean passReplaced(StageCode stage) {
        return byKey.values().stream().anyMatch(h -> h.stage() == stage && h.replacesPass());
    }

    /** The actions available on a stage (specific first), for the UI. */
    List<Map<String, Object>> available(StageCode stage, boolean paused) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean passReplaced = passReplaced(stage);
        byKey.values().stream()
                .filter(h -> h.stage() == stage || (h.stage() == null && byKey.get(key(stage, h.action())) == null))
                .filter(h -> !(PASS.equals(h.action()) && passReplaced))
                .filter(h -> paused ? Builtins.WHILE_PAUSED.contains(h.action()) : !"resume".equals(h.action()))
                .sorted((a, b) -> Boolean.compare(a.stage() == null, b.stage() == null))
                .forEach(h -> out.add(Map.of("action", h.action(), "label", h.label())));
        return out;
    }

    private static String key(StageCode stage, String action) {
        return (stage == null ? "*" : stage.name()) + ":" + action;
    }
}
