package com.yuyang.traffic.enforcement.overdue;

import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.base.message.api.SendResult;
import com.yuyang.base.system.api.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B13: one warning per overdue stage entry, never one per run. The scan reads active, unpaused, not yet warned
 * entries whose deadline has passed through the index (state, overdue_warned, deadline), in batches; a batch's
 * rows are locked and re-read (overdue_warned = 0 … FOR UPDATE), marked in one statement, and only the run that
 * marked an entry sends its message (dedupe key {@code enforcement:overdue:<entryId>} as a second guard), in the
 * same transaction as the mark; a batch's messages go out through {@link MessageSender#sendAll} (a few statements
 * per batch instead of several per message).
 * Recipients: the case's assignee, else the users holding one of the stage's roles in the case's grid.
 */
@Service
public class OverdueScanner {

    static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final MessageSender sender;
    private final UserDirectory users;
    private final TransactionTemplate tx;
    private final NamedParameterJdbcTemplate named;

    public OverdueScanner(JdbcTemplate jdbc, MessageSender sender, UserDirectory users, PlatformTransactionManager txm) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.sender = sender;
        this.users = users;
        this.tx = new TransactionTemplate(txm);
    }

    public record RunReport(int overdue, int warned, int nobodyToWarn) {
    }

    private record Due(long entryId, long caseId, long tenantId, String caseNo, String stageName, String roles,
                       long gridId, Long assigneeId, LocalDateTime deadline) {
    }

    public RunReport run() {
        LocalDateTime now = LocalDateTime.now();
        int overdue = 0;
        int warned = 0;
        int nobody = 0;
        Map<String, Set<Long>> recipientsCache = new HashMap<>();
        long afterId = 0;
        LocalDateTime afterDeadline = null;
        while (true) {
            List<Due> batch = batch(now, afterDeadline, afterId);
            if (batch.isEmpty()) {
                break;
            }
            overdue += batch.size();
            int[] counts = tx.execute(s -> warn(batch, recipientsCache));
            warned += counts[0];
            nobody += counts[1];
            Due last = batch.get(batch.size() - 1);
            afterDeadline = last.deadline();
            afterId = last.entryId();
            if (batch.size() < BATCH) {
                break;
            }
        }
        return new RunReport(overdue, warned, nobody);
    }

    /** Keyset pagination over (deadline, id): entries warned meanwhile simply drop out of the index range. */
    private List<Due> batch(LocalDateTime now, LocalDateTime afterDeadline, long afterId) {
        String sql = "SELECT s.id, s.case_id, s.tenant_id, c.case_no, s.stage_name, s.role_codes, s.grid_id, c.assignee_id,"
                + " s.deadline FROM enforcement_case_stage s JOIN enforcement_case c ON c.id = s.case_id"
                + " WHERE s.state = 'ACTIVE' AND s.overdue_warned = 0 AND s.deadline < ? AND s.paused_at IS NULL"
                + (afterDeadline == null ? "" : " AND (s.deadline > ? OR (s.deadline = ? AND s.id > ?))")
                + " ORDER BY s.deadline, s.id LIMIT " + BATCH;
        Object[] args = afterDeadline == null ? new Object[]{Timestamp.valueOf(now)}
                : new Object[]{Timestamp.valueOf(now), Timestamp.valueOf(afterDeadline), Timestamp.valueOf(afterDeadline), afterId};
        return jdbc.query(sql, (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), (Long) rs.getObject(8, Long.class),
                rs.getTimestamp(9).toLocalDateTime()), args);
    }

    private int[] warn(List<Due> batch, Map<String, Set<Long>> cache) {
        // lock the batch's rows and keep those still unwarned: a concurrent run (another node) waits here and then
        // finds them warned; one statement marks them all
        List<Long> ids = batch.stream().map(Due::entryId).toList();
        Set<Long> mine = new HashSet<>(named.queryForList("SELECT id FROM enforcement_case_stage WHERE id IN (:ids)"
                + " AND overdue_warned = 0 FOR UPDATE", Map.of("ids", ids), Long.class));
        if (mine.isEmpty()) {
            return new int[]{0, 0};
        }
        named.update("UPDATE enforcement_case_stage SET overdue_warned = 1 WHERE id IN (:ids)", Map.of("ids", mine));
        // one batch send to the assignees, a second one to the role holders of the stages whose assignee is missing
        // or no longer reachable (the first send wrote nothing for those, so the same dedupe key is still free)
        List<Due> marked = batch.stream().filter(d -> mine.contains(d.entryId())).toList();
        List<Due> toAssignee = marked.stream().filter(d -> d.assigneeId() != null).toList();
        List<SendResult> first = sender.sendAll(toAssignee.stream().map(d -> draft(d, Set.of(d.assigneeId()))).toList());
        Set<Long> reachedEntries = new HashSet<>();
        for (int i = 0; i < toAssignee.size(); i++) {
            if (reached(first.get(i))) {
                reachedEntries.add(toAssignee.get(i).entryId());
            }
        }
        List<Due> toHolders = new ArrayList<>();
        List<MessageDraft> holderDrafts = new ArrayList<>();
        for (Due d : marked) {
            if (reachedEntries.contains(d.entryId())) {
                continue;
            }
            Set<Long> holders = roleHolders(d, cache);
            if (!holders.isEmpty()) {
                toHolders.add(d);
                holderDrafts.add(draft(d, holders));
            }
        }
        List<SendResult> second = sender.sendAll(holderDrafts);
        for (int i = 0; i < toHolders.size(); i++) {
            if (reached(second.get(i))) {
                reachedEntries.add(toHolders.get(i).entryId());
            }
        }
        return new int[]{reachedEntries.size(), marked.size() - reachedEntries.size()};
    }

    private static boolean reached(SendResult r) {
        return r.created() || r.duplicate();
    }

    private static MessageDraft draft(Due d, Set<Long> to) {
        return MessageDraft.message(MessageCategories.CASE_OVERDUE, "案件环节超期：" + d.caseNo())
                .content("案件 " + d.caseNo() + " 的“" + d.stageName() + "”环节已于 " + TIME.format(d.deadline())
                        + " 超过办理时限，请尽快办理。")
                .toUsers(to)
                .tenant(d.tenantId())
                .biz("enforcement_case", d.caseId())
                .priority(MessageDraft.Priority.HIGH)
                .dedupeKey("enforcement:overdue:" + d.entryId())
                .build();
    }

    private Set<Long> roleHolders(Due d, Map<String, Set<Long>> cache) {
        return cache.computeIfAbsent(d.tenantId() + ":" + d.gridId() + ":" + d.roles(), k -> {
            List<String> roles = Arrays.stream(d.roles().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            Set<Long> holders = new HashSet<>(users.usersWithRoles(d.tenantId(), roles));
            holders.retainAll(users.usersInGrids(d.tenantId(), List.of(d.gridId())));
            return new LinkedHashSet<>(new ArrayList<>(holders));
        });
    }
}
