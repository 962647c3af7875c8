package com.yuyang.traffic.enforcement.route;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows of enforcement_route / enforcement_route_stage. A version never changes once written, so versions
 * are cached by id for the engine (the overdue job and every action read them).
 */
@Component
public class RouteStore {

    private final JdbcTemplate jdbc;
    private final Map<Long, Route> byId = new ConcurrentHashMap<>();

    public RouteStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A route version by id ({@code active} is not meaningful here: use {@link #activeFor}). */
    public Optional<Route> byId(long routeId) {
        Route cached = byId.get(routeId);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Route> rows = jdbc.query("SELECT id, category_id, version_no, active, remark, create_by, create_time"
                + " FROM enforcement_route WHERE id = ? AND del_flag = 0", (rs, i) -> new Route(rs.getLong(1),
                rs.getLong(2), rs.getInt(3), rs.getInt(4) == 1, rs.getString(5), rs.getString(6),
                time(rs.getTimestamp(7)), stages(rs.getLong(1))), routeId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // the active flag changes when a newer version appears: the cache keeps the immutable part (active
        // false); activeFor() and versions() say which version is active
        Route r = rows.get(0);
        Route frozen = new Route(r.id(), r.categoryId(), r.versionNo(), false, r.remark(), r.createBy(),
                r.createTime(), r.stages());
        byId.put(routeId, frozen);
        return Optional.of(frozen);
    }

    public Optional<Route> activeFor(long categoryId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM enforcement_route WHERE category_id = ? AND active = 1"
                + " AND del_flag = 0", Long.class, categoryId);
        return ids.isEmpty() ? Optional.empty() : byId(ids.get(0)).map(RouteStore::asActive);
    }

    public List<Route> versions(long categoryId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM enforcement_route WHERE category_id = ? AND del_flag = 0"
                + " ORDER BY version_no DESC", Long.class, categoryId);
        List<Route> out = new ArrayList<>();
        for (Long id : ids) {
            byId(id).ifPresent(out::add);
        }
        Optional<Route> active = activeFor(categoryId);
        return out.stream().map(r -> active.isPresent() && active.get().id() == r.id() ? asActive(r) : r).toList();
    }

    /** (category id → active version number) of every category that has a route. */
    public Map<Long, Integer> activeVersions() {
        Map<Long, Integer> m = new java.util.HashMap<>();
        jdbc.query("SELECT category_id, version_no FROM enforcement_route WHERE active = 1 AND del_flag = 0",
                rs -> {
                    m.put(rs.getLong(1), rs.getInt(2));
                });
        return m;
    }

    /**
     * Writes a new version and makes it the active one. {@code expectedVersionNo} is the version the editor
     * started from (0 = none yet): false when another edit got there first (the unique key on
     * (category_id, version_no) settles a race between two inserts).
     */
    boolean insertVersion(long tenantId, long categoryId, int expectedVersionNo, String remark, List<RouteStage> stages,
                          String by, long newId) {
        Integer current = jdbc.queryForObject("SELECT COALESCE(MAX(version_no), 0) FROM enforcement_route"
                + " WHERE category_id = ?", Integer.class, categoryId);
        if (current == null || current != expectedVersionNo) {
            return false;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            jdbc.update("INSERT INTO enforcement_route (id, tenant_id, category_id, version_no, active, remark, create_by,"
                            + " create_time, update_by, update_time) VALUES (?,?,?,?,0,?,?,?,?,?)",
                    newId, tenantId, categoryId, expectedVersionNo + 1, remark, by, now, by, now);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
        List<Object[]> rows = new ArrayList<>();
        for (RouteStage s : stages) {
            rows.add(new Object[]{IdWorker.getId(), newId, s.seq(), s.stageCode().name(), s.stageName(),
                    String.join(",", s.roleCodes()), s.timeLimit(), s.timeUnit() == null ? null : s.timeUnit().name()});
        }
        jdbc.batchUpdate("INSERT INTO enforcement_route_stage (id, route_id, seq, stage_code, stage_name, role_codes,"
                + " time_limit, time_unit) VALUES (?,?,?,?,?,?,?,?)", rows);
        jdbc.update("UPDATE enforcement_route SET active = 0, update_by = ?, update_time = ? WHERE category_id = ?"
                + " AND id <> ? AND active = 1", by, now, categoryId, newId);
        jdbc.update("UPDATE enforcement_route SET active = 1 WHERE id = ?", newId);
        return true;
    }

    private List<RouteStage> stages(long routeId) {
        return jdbc.query("SELECT seq, stage_code, stage_name, role_codes, time_limit, time_unit FROM enforcement_route_stage"
                + " WHERE route_id = ? ORDER BY seq", (rs, i) -> new RouteStage(rs.getInt(1),
                StageCode.valueOf(rs.getString(2)), rs.getString(3), roles(rs.getString(4)),
                (Integer) rs.getObject(5, Integer.class),
                rs.getString(6) == null ? null : TimeUnit.valueOf(rs.getString(6))), routeId);
    }

    public static List<String> roles(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Route asActive(Route r) {
        return new Route(r.id(), r.categoryId(), r.versionNo(), true, r.remark(), r.createBy(), r.createTime(), r.stages());
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
