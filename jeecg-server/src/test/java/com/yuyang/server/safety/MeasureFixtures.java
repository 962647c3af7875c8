package com.yuyang.server.safety;

import com.yuyang.server.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/** Fixtures of the measures-side specs (ids 97xxx): enterprise accounts bound to fresh subjects, inspections. */
final class MeasureFixtures {

    private MeasureFixtures() {
    }

    /** A fresh subject in grid 1011 (道路货运) and an enterprise account 'ent&lt;id&gt;' bound to it. */
    static long boundSubject(Api api, JdbcTemplate jdbc, long accountId) {
        long subject = SafetyFixtures.createSubject(api, 1011, 30101);
        SafetyFixtures.enterpriseAccount(jdbc, accountId);
        jdbc.update("INSERT INTO safety_subject_account (id, subject_id, user_id, create_by) VALUES (?, ?, ?, 'it')",
                accountId, subject, accountId);
        return subject;
    }

    /** inspector1 inspects the subject: the given items unqualified, 30006 qualified; returns the inspection id. */
    static long inspect(Api api, long subject, long... unqualified) {
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        results.add(Map.of("itemId", 30006, "result", "QUALIFIED"));
        for (long item : unqualified) {
            results.add(Map.of("itemId", item, "result", "UNQUALIFIED", "remark", "不达标"));
        }
        Api.Answer a = api.post("/api/app/inspections", "inspector1", Map.of("subjectId", subject, "results", results));
        if (a.status() != 200) {
            throw new AssertionError("inspection failed: " + a.raw());
        }
        return a.result().path("id").asLong();
    }

    static String status(JdbcTemplate jdbc, long subject) {
        return jdbc.queryForObject("SELECT status FROM safety_subject WHERE id = ?", String.class, subject);
    }

    /** A 1×1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
