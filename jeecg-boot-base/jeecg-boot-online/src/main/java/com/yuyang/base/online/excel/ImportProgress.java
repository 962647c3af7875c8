package com.yuyang.base.online.excel;

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

    private final KvStore kv;

    public ImportProgress(KvStore kv) {
        this.kv = kv;
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
        return m;
    }

    private static String key(String form, String jobId) {
        return "online:import:" + form + ":" + jobId;
    }
}
