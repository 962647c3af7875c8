package com.yuyang.traffic.safety.measure;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.safety.subject.SubjectChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A9 "configurable transition conditions and next-step permissions": the states of a supervision measure
 * (with the subject status each imposes, whether entering it needs penalty amounts, whether it ends the case)
 * and the allowed transitions with the roles that may take them. Kept in two small tables, read on every
 * action (no cache, so an edit applies at once on every node), replaced as a whole by administrators.
 */
@Component
public class MeasureRules {

    /** Every case opens here (the recheck after an unqualified inspection). */
    public static final String INITIAL = "RECHECK";
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,31}$");

    private final JdbcTemplate jdbc;
    private final UserDirectory users;

    public MeasureRules(JdbcTemplate jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public record State(String code, String name, String subjectStatus, boolean penalty, boolean terminal, int sortNo) {
    }

    public record Transition(String from, String to, List<String> roles, int sortNo) {
        boolean allows(LoginUser user) {
            return roles.stream().anyMatch(user.roles()::contains);
        }
    }

    public record Rules(List<State> states, List<Transition> transitions) {
        public Optional<State> state(String code) {
            return states.stream().filter(s -> s.code().equals(code)).findFirst();
        }

        public Optional<Transition> transition(String from, String to) {
            return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
        }

        public List<Transition> from(String state) {
            return transitions.stream().filter(t -> t.from().equals(state)).toList();
        }

        public String name(String code) {
            return state(code).map(State::name).orElse(code);
        }
    }

    public Rules load() {
        List<State> states = jdbc.query("SELECT code, name, subject_status, penalty, terminal, sort_no FROM safety_measure_state"
                + " ORDER BY sort_no, code", (rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getInt(6)));
        List<Transition> transitions = jdbc.query("SELECT from_state, to_state, roles, sort_no FROM safety_measure_transition"
                + " ORDER BY sort_no, from_state, to_state", (rs, n) -> new Transition(rs.getString(1), rs.getString(2),
                Arrays.stream(rs.getString(3).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), rs.getInt(4)));
        return new Rules(states, transitions);
    }

    /** Validates the whole set, then replaces it in one transaction; nothing changes on a 4xx. */
    @Transactional
    public Rules replace(MeasureRequests.RulesBody body, LoginUser user) {
        Map<String, State> states = new LinkedHashMap<>();
        int i = 0;
        for (MeasureRequests.StateBody s : body.states()) {
            i++;
            String code = s.code().trim();
            if (!CODE.matcher(code).matches()) {
                throw BizException.badRequest("状态编码只能是大写字母、数字和下划线（以字母开头，最长32位）：" + code);
            }
            if (states.containsKey(code)) {
                throw BizException.badRequest("状态编码重复：" + code);
            }
            if (s.subjectStatus() != null && !SubjectChanges.SUPERVISION_STATUSES.contains(s.subjectStatus())) {
                throw BizException.badRequest("主体状态只能是 NORMAL（正常）、ABNORMAL（异常）或 LOCKED（锁止）：" + code);
            }
            states.put(code, new State(code, s.name().trim(), s.subjectStatus(), Boolean.TRUE.equals(s.penalty()),
                    Boolean.TRUE.equals(s.terminal()), s.sortNo() == null ? i : s.sortNo()));
        }
        State initial = states.get(INITIAL);
        if (initial == null || initial.terminal()) {
            throw BizException.badRequest("必须保留非终结的初始状态 " + INITIAL + "（复查）");
        }
        if (states.values().stream().noneMatch(State::terminal)) {
            throw BizException.badRequest("至少需要一个终结状态（如结案）");
        }
        List<String> inUse = jdbc.queryForList("SELECT DISTINCT state FROM safety_measure WHERE terminal = 0 AND del_flag = 0",
                String.class).stream().filter(st -> !states.containsKey(st) || states.get(st).terminal()).sorted().toList();
        if (!inUse.isEmpty()) {
            throw BizException.conflict("以下状态仍有进行中的监管措施，不能删除或改为终结状态：" + String.join("、", inUse));
        }
        Set<String> pairs = new HashSet<>();
        Set<String> roles = new TreeSet<>();
        List<Transition> transitions = new ArrayList<>();
        int j = 0;
        for (MeasureRequests.TransitionBody t : body.transitions()) {
            j++;
            String from = t.from().trim();
            String to = t.to().trim();
            if (!states.containsKey(from) || !states.containsKey(to)) {
                throw BizException.badRequest("流转引用了未定义的状态：" + from + " → " + to);
            }
            if (from.equals(to)) {
                throw BizException.badRequest("流转的起止状态不能相同：" + from);
            }
            if (states.get(from).terminal()) {
                throw BizException.badRequest("终结状态不能再流转：" + from);
            }
            if (!pairs.add(from + ">" + to)) {
                throw BizException.badRequest("流转重复：" + from + " → " + to);
            }
            List<String> r = t.roles().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
            if (r.isEmpty()) {
                throw BizException.badRequest("流转 " + from + " → " + to + " 至少需要一个可办理的角色");
            }
            roles.addAll(r);
            transitions.add(new Transition(from, to, r, t.sortNo() == null ? j : t.sortNo()));
        }
        Set<String> known = users.existingRoleCodes(user.tenantId(), roles);
        List<String> unknown = roles.stream().filter(r -> !known.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw BizException.badRequest("角色不存在：" + String.join("、", unknown));
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("DELETE FROM safety_measure_transition");
        jdbc.update("DELETE FROM safety_measure_state");
        for (State s : states.values()) {
            jdbc.update("INSERT INTO safety_measure_state (code, name, subject_status, penalty, terminal, sort_no, update_by,"
                    + " update_time) VALUES (?,?,?,?,?,?,?,?)", s.code(), s.name(), s.subjectStatus(), s.penalty() ? 1 : 0,
                    s.terminal() ? 1 : 0, s.sortNo(), user.username(), now);
        }
        for (Transition t : transitions) {
            jdbc.update("INSERT INTO safety_measure_transition (id, from_state, to_state, roles, sort_no, update_by, update_time)"
                    + " VALUES (?,?,?,?,?,?,?)", IdWorker.getId(), t.from(), t.to(), String.join(",", t.roles()), t.sortNo(),
                    user.username(), now);
        }
        return load();
    }
}
