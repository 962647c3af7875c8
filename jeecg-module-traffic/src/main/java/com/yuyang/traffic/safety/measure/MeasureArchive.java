package com.yuyang.traffic.safety.measure;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import com.yuyang.base.core.datascope.DataScope;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A9 supervision archive: per case the inspector, inspection time, subject, unqualified items, the measures
 * taken (every step), the approver (who took the latest decision after opening) with the approval time, and the
 * final state. Searchable by page within the caller's grids, and exported as xlsx written page by page (never
 * the whole archive in memory).
 */
@Component
public class MeasureArchive {

    static final int EXPORT_PAGE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NamedParameterJdbcTemplate jdbc;
    private final DataScopeResolver scopes;
    private final UserDirectory users;
    private final MeasureRules rules;

    public MeasureArchive(NamedParameterJdbcTemplate jdbc, DataScopeResolver scopes, UserDirectory users, MeasureRules rules) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.users = users;
        this.rules = rules;
    }

    public record Filter(Long subjectId, Long gridId, String state, Long inspectorId, String from, String to,
                         String keyword, Boolean outOfRange, Boolean finished) {
    }

    public record Page(long total, List<Map<String, Object>> records) {
    }

    public Page search(Filter f, int pageNo, int pageSize, LoginUser user) {
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw BizException.badRequest("页码从1开始，每页1–100条");
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, user, p);
        if (where == null) {
            return new Page(0, List.of());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM safety_measure m JOIN safety_subject s ON s.id = m.subject_id"
                + " WHERE m.del_flag = 0" + where, p, Long.class);
        p.addValue("n", pageSize).addValue("o", (pageNo - 1) * pageSize);
        List<Map<String, Object>> rows = rows(where + " ORDER BY m.id DESC LIMIT :n OFFSET :o", p);
        return new Page(total == null ? 0 : total, enrich(rows));
    }

    public Map<String, Object> detail(long id, List<Map<String, Object>> nextSteps) {
        List<Map<String, Object>> rows = rows(" AND m.id = :id", new MapSqlParameterSource("id", id));
        if (rows.isEmpty()) {
            throw BizException.notFound("监管措施不存在或无权访问");
        }
        Map<String, Object> r = enrich(rows).get(0);
        r.put("steps", Rows.camel(jdbc.queryForList("SELECT seq, from_state, to_state, actor_id, actor_name, note, penalties,"
                + " amount, out_of_range, create_time FROM safety_measure_step WHERE measure_id = :m ORDER BY seq",
                new MapSqlParameterSource("m", id))));
        MeasureRules.Rules rs = rules.load();
        ((List<Map<String, Object>>) r.get("steps")).forEach(s -> {
            s.put("fromStateName", s.get("fromState") == null ? null : rs.name((String) s.get("fromState")));
            s.put("toStateName", rs.name((String) s.get("toState")));
            s.put("outOfRange", ((Number) s.get("outOfRange")).intValue() == 1);
        });
        r.put("nextSteps", nextSteps);
        return r;
    }

    /** Streams every matching case, newest first, in pages of {@value #EXPORT_PAGE} (keyset on id). */
    public void export(Filter f, LoginUser user, OutputStream out) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(f, user, p);
        List<List<String>> head = List.of(List.of("编号"), List.of("被检查主体"), List.of("检查人员"), List.of("检查时间"),
                List.of("不达标项"), List.of("监管措施"), List.of("处罚金额（元）"), List.of("超出处罚范围"), List.of("审批人"),
                List.of("审批时间"), List.of("当前环节"), List.of("最终状态"));
        ExcelWriter writer = FastExcel.write(out).head(head).autoCloseStream(false).build();
        try {
            WriteSheet sheet = FastExcel.writerSheet("监管档案").build();
            long after = Long.MAX_VALUE;
            while (where != null) {
                p.addValue("after", after).addValue("n", EXPORT_PAGE);
                List<Map<String, Object>> page = enrich(rows(where + " AND m.id < :after ORDER BY m.id DESC LIMIT :n", p));
                List<List<Object>> lines = new ArrayList<>(page.size());
                for (Map<String, Object> r : page) {
                    lines.add(List.of(String.valueOf(r.get("id")), nz(r.get("subjectName")), nz(r.get("inspectorName")),
                            time(r.get("checkedAt")), String.join("、", (List<String>) r.get("itemNames")), nz(r.get("measures")),
                            r.get("penaltyTotal") == null ? "" : ((BigDecimal) r.get("penaltyTotal")).stripTrailingZeros().toPlainString(),
                            Boolean.TRUE.equals(r.get("outOfRange")) ? "是" : "否", nz(r.get("approverName")),
                            time(r.get("approvalTime")), nz(r.get("stateName")), nz(r.get("finalState"))));
                }
                writer.write(lines, sheet);
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                after = ((Number) page.get(page.size() - 1).get("id")).longValue();
            }
            if (where == null) {
                writer.write(List.<List<Object>>of(), sheet);
            }
        } finally {
            writer.finish();
        }
    }

    /** Fixed SQL fragments with bound values; null when the caller may see no grid at all. */
    private String where(Filter f, LoginUser user, MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder();
        DataScope scope = scopes.resolve(user);
        if (f.gridId() != null) {
            if (!scope.allows(f.gridId())) {
                throw BizException.forbidden("无权查看该网格的监管档案");
            }
            w.append(" AND m.grid_id = :grid");
            p.addValue("grid", f.gridId());
        } else if (!scope.all()) {
            if (scope.gridIds().isEmpty()) {
                return null;
            }
            w.append(" AND m.grid_id IN (:grids)");
            p.addValue("grids", scope.gridIds());
        }
        if (f.subjectId() != null) {
            w.append(" AND m.subject_id = :subject");
            p.addValue("subject", f.subjectId());
        }
        if (f.state() != null && !f.state().isBlank()) {
            w.append(" AND m.state = :state");
            p.addValue("state", f.state().trim());
        }
        if (f.inspectorId() != null) {
            w.append(" AND m.inspector_id = :inspector");
            p.addValue("inspector", f.inspectorId());
        }
        if (f.from() != null && !f.from().isBlank()) {
            w.append(" AND m.checked_at >= :from");
            p.addValue("from", Timestamp.valueOf(date(f.from(), "开始日期").atStartOfDay()));
        }
        if (f.to() != null && !f.to().isBlank()) {
            w.append(" AND m.checked_at < :to");
            p.addValue("to", Timestamp.valueOf(date(f.to(), "结束日期").plusDays(1).atStartOfDay()));
        }
        if (f.keyword() != null && !f.keyword().isBlank()) {
            if (f.keyword().length() > 50) {
                throw BizException.badRequest("关键字不能超过50字");
            }
            w.append(" AND s.name LIKE :kw");
            p.addValue("kw", "%" + f.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.outOfRange() != null) {
            w.append(" AND m.out_of_range = :oor");
            p.addValue("oor", f.outOfRange() ? 1 : 0);
        }
        if (f.finished() != null) {
            w.append(" AND m.terminal = :term");
            p.addValue("term", f.finished() ? 1 : 0);
        }
        return w.toString();
    }

    private List<Map<String, Object>> rows(String tail, MapSqlParameterSource p) {
        return Rows.camel(jdbc.queryForList("SELECT m.id, m.grid_id, m.subject_id, s.name AS subject_name, m.inspection_id,"
                + " m.inspector_id, m.checked_at, m.item_ids, m.state, m.terminal, m.penalty_total, m.out_of_range, m.version,"
                + " m.create_time FROM safety_measure m JOIN safety_subject s ON s.id = m.subject_id WHERE m.del_flag = 0" + tail, p));
    }

    private List<Map<String, Object>> enrich(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        MeasureRules.Rules rs = rules.load();
        Set<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).collect(Collectors.toSet());
        Map<Long, List<Map<String, Object>>> steps = new HashMap<>();
        jdbc.query("SELECT measure_id, seq, to_state, actor_id, actor_name, amount, out_of_range, create_time"
                + " FROM safety_measure_step WHERE measure_id IN (:ids) ORDER BY measure_id, seq", new MapSqlParameterSource("ids", ids), rs2 -> {
                    Map<String, Object> s = new HashMap<>();
                    s.put("seq", rs2.getInt(2));
                    s.put("toState", rs2.getString(3));
                    s.put("actorId", rs2.getLong(4));
                    s.put("actorName", rs2.getString(5));
                    s.put("amount", rs2.getBigDecimal(6));
                    s.put("outOfRange", rs2.getInt(7) == 1);
                    s.put("time", rs2.getTimestamp(8).toLocalDateTime());
                    steps.computeIfAbsent(rs2.getLong(1), k -> new ArrayList<>()).add(s);
                });
        Set<Long> itemIds = new HashSet<>();
        Set<Long> inspectors = new HashSet<>();
        rows.forEach(r -> {
            itemIds.addAll(MeasureStore.split((String) r.get("itemIds")));
            inspectors.add(((Number) r.get("inspectorId")).longValue());
        });
        Map<Long, String> itemNames = new HashMap<>();
        jdbc.query("SELECT id, name FROM safety_check_item WHERE id IN (:ids)", new MapSqlParameterSource("ids", itemIds),
                rs2 -> {
                    itemNames.put(rs2.getLong(1), rs2.getString(2));
                });
        Map<Long, UserDirectory.UserRef> people = users.users(inspectors);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>(r);
            List<Long> items = MeasureStore.split((String) r.get("itemIds"));
            m.put("itemIds", items.stream().map(String::valueOf).toList());
            m.put("itemNames", items.stream().map(i -> itemNames.getOrDefault(i, String.valueOf(i))).toList());
            UserDirectory.UserRef inspector = people.get(((Number) r.get("inspectorId")).longValue());
            m.put("inspectorName", inspector == null ? null : inspector.realName());
            boolean terminal = ((Number) r.get("terminal")).intValue() == 1;
            m.put("terminal", terminal);
            m.put("stateName", rs.name((String) r.get("state")));
            m.put("finalState", terminal ? rs.name((String) r.get("state")) : null);
            m.put("outOfRange", ((Number) r.get("outOfRange")).intValue() == 1);
            List<Map<String, Object>> trail = steps.getOrDefault(((Number) r.get("id")).longValue(), List.of());
            m.put("measures", trail.stream().map(s -> rs.name((String) s.get("toState"))
                    + (s.get("amount") == null ? "" : " " + ((BigDecimal) s.get("amount")).stripTrailingZeros().toPlainString() + " 元")
                    + (Boolean.TRUE.equals(s.get("outOfRange")) ? "（超出范围，已确认）" : "")).collect(Collectors.joining(" → ")));
            Map<String, Object> decision = trail.stream().filter(s -> (int) s.get("seq") > 1).reduce((a, b) -> b).orElse(null);
            m.put("approverId", decision == null ? null : String.valueOf(decision.get("actorId")));
            m.put("approverName", decision == null ? null : decision.get("actorName"));
            m.put("approvalTime", decision == null ? null : decision.get("time"));
            out.add(m);
        }
        return out;
    }

    private static LocalDate date(String s, String label) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw BizException.badRequest(label + "格式应为 yyyy-MM-dd");
        }
    }

    private static String time(Object t) {
        if (t instanceof LocalDateTime l) {
            return l.format(TIME);
        }
        if (t instanceof Timestamp ts) {
            return ts.toLocalDateTime().format(TIME);
        }
        return "";
    }

    private static String nz(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
