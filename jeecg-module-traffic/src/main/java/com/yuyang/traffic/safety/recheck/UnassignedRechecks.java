package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A3: the unit hands a recheck nobody could take (UNASSIGNED) to an inspector by hand. The inspector must meet the
 * job's own conditions (active, covers the subject's grid, holds the item, belongs to the subject's unit); the
 * assignment becomes OPEN and the pair's responsible inspector moves with it, as when the job reassigns.
 */
@Component
public class UnassignedRechecks {

    private static final int NOTE_MAX = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final RecheckEligibility eligibility;
    private final DataScopeResolver scopes;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    UnassignedRechecks(NamedParameterJdbcTemplate jdbc, RecheckEligibility eligibility, DataScopeResolver scopes,
                       UserDirectory users, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.scopes = scopes;
        this.users = users;
        this.events = events;
    }

    record Row(long id, long gridId, long subjectId, long itemId, LocalDateTime dueAt, String status, String note, int version) {
    }

    public record Candidate(String id, String username, String realName) {
    }

    /** Who may take the recheck, for the unit's choice. */
    public List<Candidate> candidates(long id, LoginUser user) {
        Row r = visible(id, user);
        RecheckEligibility.Run run = eligibility.newRun();
        run.prepare(List.of(r.gridId()), List.of(r.subjectId()));
        List<Long> ids = run.eligible(r.gridId(), r.subjectId(), r.itemId());
        Map<Long, UserDirectory.UserRef> refs = users.users(ids);
        return ids.stream().filter(refs::containsKey).map(refs::get)
                .map(u -> new Candidate(String.valueOf(u.id()), u.username(), u.realName())).toList();
    }

    @Transactional
    public void assign(long id, Long inspectorId, LoginUser user) {
        Row r = visible(id, user);
        if (!"UNASSIGNED".equals(r.status())) {
            throw BizException.conflict("该复查任务已分配，不能再手工分配");
        }
        if (inspectorId == null) {
            throw BizException.badRequest("请选择检查人员");
        }
        RecheckEligibility.Run run = eligibility.newRun();
        run.prepare(List.of(r.gridId()), List.of(r.subjectId()));
        String refusal = run.refusal(r.gridId(), r.subjectId(), r.itemId(), inspectorId);
        if (refusal != null) {
            throw BizException.badRequest(refusal + "，不能分配该复查任务");
        }
        String by = user.realName() == null ? user.username() : user.realName();
        String note = (r.note() == null ? "" : r.note() + "；") + "已由" + by + "手工分配";
        if (note.length() > NOTE_MAX) {
            note = note.substring(0, NOTE_MAX);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        // conditional on (UNASSIGNED, version): of two units' clicks at once exactly one wins
        int changed = jdbc.update("UPDATE safety_recheck_assignment SET inspector_id = :u, status = 'OPEN', note = :n,"
                        + " version = version + 1, update_by = :by, update_time = :t"
                        + " WHERE id = :id AND status = 'UNASSIGNED' AND version = :v AND del_flag = 0",
                new MapSqlParameterSource("u", inspectorId).addValue("n", note).addValue("by", user.username())
                        .addValue("t", now).addValue("id", id).addValue("v", r.version()));
        if (changed == 0) {
            throw BizException.conflict("该复查任务已被他人分配，请刷新后重试");
        }
        // the pair's responsible inspector follows, unless it was re-inspected meanwhile (a newer due instant wins)
        jdbc.update("UPDATE safety_subject_item_state SET assigned_inspector_id = :u, version = version + 1"
                        + " WHERE subject_id = :s AND item_id = :i AND due_at = :d AND del_flag = 0",
                new MapSqlParameterSource("u", inspectorId).addValue("s", r.subjectId()).addValue("i", r.itemId())
                        .addValue("d", Timestamp.valueOf(r.dueAt())));
        events.publishEvent(new RecheckDueEvent(inspectorId,
                List.of(new RecheckDueEvent.Due(id, r.subjectId(), r.itemId(), r.dueAt()))));
    }

    /** 404 unless the assignment exists and lies in the caller's grids. */
    private Row visible(long id, LoginUser user) {
        List<Row> rows = jdbc.query("SELECT id, grid_id, subject_id, item_id, due_at, status, note, version"
                        + " FROM safety_recheck_assignment WHERE id = :id AND del_flag = 0", new MapSqlParameterSource("id", id),
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5).toLocalDateTime(),
                        rs.getString(6), rs.getString(7), rs.getInt(8)));
        if (rows.isEmpty() || !scopes.resolve(user).allows(rows.get(0).gridId())) {
            throw BizException.notFound("复查任务不存在或无权访问");
        }
        return rows.get(0);
    }
}
