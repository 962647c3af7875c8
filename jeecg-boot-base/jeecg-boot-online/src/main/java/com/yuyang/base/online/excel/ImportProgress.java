package com.yuyang.base.online.excel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.kv.KvStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Progress of running imports, keyed by a client-chosen job id, kept in the platform's key/value store so
 * that any instance can answer the poll (Redis in prod).
 */
@Component
public class ImportProgress {

    private static final Pattern JOB_ID = Pattern.compile("^[A-Za-z0-9-]{1,40}$");
    private static final Duration TTL = Duration.ofHours(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KvStore kv;

    public ImportProgress(KvStore kv) {
        this.kv = kv;
    }

    /** Whether a job id is already in use for this form (an asynchronous import must not overwrite another's). */
    boolean exists(String form, String jobId) {
        return kv.get(key(form, jobId)).isPresent();
    }

    /** An asynchronous import's outcome: its report, or the message that stopped it (status FAILED). */
    void finish(String form, String jobId, ImportReport report, String failure) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("report", report);
        outcome.put("message", failure);
        try {
            kv.set(key(form, jobId) + ":outcome", JSON.writeValueAsString(outcome), TTL);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String[] p = kv.get(key(form, jobId)).orElse("RUNNING,0,0").split(",");
        kv.set(key(form, jobId), (failure == null ? "DONE" : "FAILED") + "," + p[1] + "," + p[2], TTL);
    }

    public static String checkId(String jobId) {
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw BizException.badRequest("jobId 只能由字母、数字和减号组成（不超过 40 个字符）");
        }
        return jobId;
    }

    void update(String form, String jobId, String status, int processed, int total) {
        if (jobId != null) {
            kv.set(key(form, jobId), status + "," + processed + "," + total, TTL);
        }
    }

    public Map<String, Object> get(String form, String jobId) {
        String v = kv.get(key(form, checkId(jobId))).orElseThrow(() -> BizException.notFound("导入任务不存在"));
        String[] p = v.split(",");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", p[0]);
        m.put("processed", Integer.parseInt(p[1]));
        m.put("total", Integer.parseInt(p[2]));
        kv.get(key(form, jobId) + ":outcome").ifPresent(o -> {
            try {
                Map<?, ?> outcome = JSON.readValue(o, Map.class);
                m.put("report", outcome.get("report"));
                m.put("message", outcome.get("message"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return m;
    }

    private static String key(String form, String jobId) {
        return "online:import:" + form + ":" + jobId;
    }
}
