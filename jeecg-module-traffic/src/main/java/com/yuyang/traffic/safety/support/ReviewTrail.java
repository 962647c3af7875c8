package com.yuyang.traffic.safety.support;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only history of the A8 review flows (self-check, equipment declaration): each submission with a
 * snapshot of what was submitted, each approval or return with its reason. Rows are never updated, so a
 * returned round stays readable after the enterprise edits and resubmits.
 */
@Component
public class ReviewTrail {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReviewTrail(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(String bizType, long bizId, int round, String action, LoginUser actor, String note, Object snapshot) {
        String snap;
        try {
            snap = snapshot == null ? null : json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.update("INSERT INTO safety_review_trail (id, tenant_id, biz_type, biz_id, round_no, action, actor_id, actor_name,"
                        + " note, snapshot, create_time) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                IdWorker.getId(), actor.tenantId(), bizType, bizId, round, action, actor.id(), actor.realName(), note, snap,
                Timestamp.valueOf(LocalDateTime.now().withNano(0)));
    }

    /** The trail in time order; snapshots parsed back to JSON. */
    public List<Map<String, Object>> of(String bizType, long bizId) {
        List<Map<String, Object>> rows = Rows.camel(jdbc.queryForList("SELECT id, round_no, action, actor_id, actor_name, note,"
                + " snapshot, create_time FROM safety_review_trail WHERE biz_type = ? AND biz_id = ? ORDER BY create_time, id",
                bizType, bizId));
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>(r);
            Object s = m.get("snapshot");
            if (s != null) {
                try {
                    m.put("snapshot", json.readTree(s.toString()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return m;
        }).toList();
    }
}
