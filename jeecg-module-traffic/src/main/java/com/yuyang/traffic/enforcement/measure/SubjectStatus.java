package com.yuyang.traffic.enforcement.measure;

import com.yuyang.base.core.job.PlatformJob;
import com.yuyang.traffic.enforcement.subject.EnforcementSubjects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * B9 "the subject's status follows": the status of an enforced subject (form enforcement_subject, column status)
 * is derived from all its published measures — REVOKED if any revocation, else SUSPENDED while a suspension runs,
 * else PENALISED if it was ever fined or suspended — so the result does not depend on the order of decisions. A
 * referral to the police alone changes nothing. The daily job lets a subject whose suspension ended fall back.
 * The status is stored through enf-core's {@link EnforcementSubjects#setStatus}, only when it changes.
 */
@Component
public class SubjectStatus {

    public static final String JOB = "enforcementSubjectStatus";

    private final JdbcTemplate jdbc;
    private final EnforcementSubjects subjects;

    public SubjectStatus(JdbcTemplate jdbc, EnforcementSubjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /** Recomputes and stores the status of a subject; returns the new status, or null when unchanged by measures. */
    public String follow(long subjectId, String by) {
        LocalDate today = LocalDate.now();
        List<String> types = jdbc.queryForList("SELECT DISTINCT measure_type FROM enforcement_case_measure"
                + " WHERE subject_id = ? AND del_flag = 0 AND published_time IS NOT NULL"
                + " AND (measure_type <> 'SUSPENSION' OR effective_until >= ?)", String.class, subjectId, Date.valueOf(today));
        Integer everSanctioned = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case_measure WHERE subject_id = ?"
                + " AND del_flag = 0 AND published_time IS NOT NULL AND measure_type IN ('FINE', 'SUSPENSION')",
                Integer.class, subjectId);
        String status = null;
        int strength = -1;
        for (String t : types) {
            MeasureType m = MeasureType.of(t);
            if (m.subjectStatus() != null && m.strength() > strength) {
                strength = m.strength();
                status = m.subjectStatus();
            }
        }
        if (status == null && everSanctioned != null && everSanctioned > 0) {
            status = MeasureType.FINE.subjectStatus();
        }
        if (status == null) {
            return null;
        }
        String target = status;
        if (subjects.find(subjectId).filter(s -> !target.equals(s.status())).isPresent()) {
            subjects.setStatus(subjectId, target, by);
        }
        return status;
    }

    @PlatformJob(name = JOB, cron = "${platform.enforcement.subject-status-cron:0 10 0 * * *}",
            description = "停业整顿期满的执法对象恢复状态")
    public String run() {
        List<Long> ended = jdbc.queryForList("SELECT DISTINCT subject_id FROM enforcement_case_measure"
                + " WHERE measure_type = 'SUSPENSION' AND del_flag = 0 AND published_time IS NOT NULL"
                + " AND effective_until < ? AND effective_until >= ? AND subject_id IS NOT NULL", Long.class,
                Date.valueOf(LocalDate.now()), Date.valueOf(LocalDate.now().minusDays(7)));
        ended.forEach(id -> follow(id, "system"));
        return "停业整顿期满的执法对象 " + ended.size() + " 个，已重新计算状态";
    }
}
