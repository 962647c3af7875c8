package com.yuyang.traffic.safety.task;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.OrgDirectory;
import com.yuyang.traffic.safety.support.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A9 check-in: on/off duty, arrival at a subject (which must be in the inspector's grids), going out with the
 * errand. The day's points of one inspector form the track shown on the map; only the leaders of the
 * inspector's department (or above) and administrators may read it.
 */
@Service
public class CheckinService {

    private final JdbcTemplate jdbc;
    private final OrgDirectory org;
    private final DataScopeResolver scopes;

    public CheckinService(JdbcTemplate jdbc, OrgDirectory org, DataScopeResolver scopes) {
        this.jdbc = jdbc;
        this.org = org;
        this.scopes = scopes;
    }

    public Map<String, Object> checkin(TaskRequests.Checkin req) {
        LoginUser user = CurrentUser.require();
        if ("AT_SUBJECT".equals(req.type())) {
            if (req.subjectId() == null) {
                throw BizException.badRequest("到达主体打卡必须指定被检查主体");
            }
            List<Long> grids = jdbc.queryForList("SELECT grid_id FROM safety_subject WHERE id = ? AND del_flag = 0",
                    Long.class, req.subjectId());
            if (grids.isEmpty()) {
                throw BizException.badRequest("被检查主体不存在");
            }
            if (!scopes.resolve(user).allows(grids.get(0))) {
                throw BizException.forbidden("该主体不在您的网格内");
            }
        } else if (req.subjectId() != null) {
            throw BizException.badRequest("只有到达主体打卡可以指定被检查主体");
        }
        if ("OUTING".equals(req.type()) && (req.errand() == null || req.errand().isBlank())) {
            throw BizException.badRequest("外出打卡必须填写办理事项");
        }
        long id = IdWorker.getId();
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO safety_checkin (id, tenant_id, user_id, dept_id, type, lng, lat, subject_id, errand, checkin_time)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?)", id, user.tenantId(), user.id(), user.deptId(), req.type(),
                req.lng(), req.lat(), req.subjectId(), req.errand(), Timestamp.valueOf(now));
        return Map.of("id", id, "type", req.type(), "checkinTime", now.toString());
    }

    public List<Map<String, Object>> track(long userId, LocalDate date) {
        LoginUser caller = CurrentUser.require();
        if (!caller.admin()) {
            Long dept = org.deptOf(userId).orElse(null);
            if (dept == null || !org.leadsDeptOrAncestor(caller.id(), dept)) {
                throw BizException.forbidden("只有该检查人员所在部门的负责人可以查看其轨迹");
            }
        }
        return Rows.camel(jdbc.queryForList("SELECT c.id, c.type, c.lng, c.lat, c.subject_id, s.name AS subject_name, c.errand,"
                        + " c.checkin_time FROM safety_checkin c LEFT JOIN safety_subject s ON s.id = c.subject_id"
                        + " WHERE c.user_id = ? AND c.checkin_time >= ? AND c.checkin_time < ? ORDER BY c.checkin_time, c.id",
                userId, Timestamp.valueOf(date.atStartOfDay()), Timestamp.valueOf(date.plusDays(1).atStartOfDay())));
    }
}
