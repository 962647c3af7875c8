package com.yuyang.traffic.enforcement.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.kv.KvStore;
import com.yuyang.traffic.enforcement.caseflow.api.CaseClosedEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageEnteredEvent;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The per-stage counts of an enforcer's open cases ("my cases" tabs), kept {@value #TTL_SECONDS} s in the KvStore
 * (Redis in prod, shared by every node). Counting is the one part of the list that reads every open case of the
 * enforcer; the page itself is always read live. An entry is dropped as soon as one of the enforcer's cases enters
 * a stage or closes (after commit), so a count lags only when a case is taken away from someone without a stage
 * change — for at most the TTL. The entry remembers the grid scope it was counted for and is ignored for another.
 */
@Component
public class MyCaseCounts {

    static final long TTL_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };

    private final KvStore kv;
    private final CaseQueries cases;

    public MyCaseCounts(KvStore kv, CaseQueries cases) {
        this.kv = kv;
        this.cases = cases;
    }

    public Map<String, Long> get(long userId, String scopeKey, Supplier<Map<String, Long>> count) {
        String key = key(userId);
        Optional<String> cached = kv.get(key);
        if (cached.isPresent()) {
            String v = cached.get();
            int bar = v.indexOf('|');
            if (bar > 0 && v.substring(0, bar).equals(scopeKey)) {
                try {
                    return JSON.readValue(v.substring(bar + 1), COUNTS);
                } catch (JsonProcessingException e) {
                    kv.delete(key);
                }
            }
        }
        Map<String, Long> fresh = new LinkedHashMap<>(count.get());
        try {
            kv.set(key, scopeKey + "|" + JSON.writeValueAsString(fresh), Duration.ofSeconds(TTL_SECONDS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return fresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onStage(CaseStageEnteredEvent e) {
        forget(e.caseId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onClosed(CaseClosedEvent e) {
        forget(e.caseId());
    }

    private void forget(long caseId) {
        DataScopeContext.runAsSystem(() -> cases.find(caseId)).map(CaseView::assigneeId).ifPresent(u -> kv.delete(key(u)));
    }

    private static String key(long userId) {
        return "enf:my-case-counts:" + userId;
    }
}
