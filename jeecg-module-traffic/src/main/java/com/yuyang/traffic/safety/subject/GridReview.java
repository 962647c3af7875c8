package com.yuyang.traffic.safety.subject;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The grid member's decision on something an enterprise submitted for review (A8: self-check, equipment declaration):
 * who may decide, on which rows, and the first-wins conditional update from the pending state. What follows a decision
 * (trail, events, cycles) stays with each flow.
 */
@Component
public class GridReview {

    /**
     * One reviewed kind. {@code table} is a constant of the flow (never request input); its rows carry status, version,
     * reviewer_id, reviewed_at, review_note and grid_id.
     */
    public record Kind(String table, String noun, String notFound, String pendingStatus, Function<String, String> statusName) {
    }

    private final JdbcTemplate jdbc;
    private final SubjectAccess subjects;

    public GridReview(JdbcTemplate jdbc, SubjectAccess subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /**
     * Approves (APPROVED) or returns (RETURNED) the pending row {@code id}, loaded by {@code load} (null when absent).
     * Answers the row as it was before the decision; a concurrent decision on the same row loses with 409.
     */
    public Map<String, Object> decide(Kind kind, long id, LongFunction<Map<String, Object>> load, boolean approve, String note,
                                      LoginUser user) {
        if (SubjectAccess.isEnterprise(user)) {
            throw BizException.forbidden("企业账号不能审核" + kind.noun());
        }
        Map<String, Object> row = load.apply(id);
        if (row == null) {
            throw BizException.notFound(kind.notFound());
        }
        if (!subjects.covers(user, ((Number) row.get("gridId")).longValue())) {
            throw BizException.forbidden("该主体不在您的监管网格内");
        }
        String status = (String) row.get("status");
        if (!kind.pendingStatus().equals(status)) {
            throw BizException.conflict("该" + kind.noun() + "不在待审核状态（当前：" + kind.statusName().apply(status) + "）");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        int n = jdbc.update("UPDATE " + kind.table() + " SET status = ?, reviewer_id = ?, reviewed_at = ?, review_note = ?,"
                        + " version = version + 1, update_by = ?, update_time = ? WHERE id = ? AND version = ? AND status = ?",
                approve ? "APPROVED" : "RETURNED", user.id(), now, note, user.username(), now, id, row.get("version"),
                kind.pendingStatus());
        if (n == 0) {
            throw BizException.conflict("该" + kind.noun() + "已被他人审核，请刷新");
        }
        return row;
    }
}
