package com.yuyang.traffic.enforcement.route;

import com.baomidou.mybatisplus.core.toolkit.IdWorker;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.system.api.UserDirectory;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.category.CaseCategories;
import com.yuyang.traffic.enforcement.category.CaseCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B6/B14 route editing: a minor class's route is saved as a new immutable version that becomes active for new
 * cases; open cases keep the version they started with. Saving is optimistic: the editor names the version it
 * started from, a concurrent save makes the second one 409.
 */
@Service
public class RouteService {

    private final RouteStore store;
    private final CaseCategories categories;
    private final UserDirectory users;

    public RouteService(RouteStore store, CaseCategories categories, UserDirectory users) {
        this.store = store;
        this.categories = categories;
        this.users = users;
    }

    /** The stage catalogue for the editor. */
    public List<Map<String, Object>> stageCatalogue() {
        return Arrays.stream(StageCode.values()).map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", s.name());
            m.put("name", s.label());
            return m;
        }).toList();
    }

    /** Every minor class with its active route version (null when none). */
    public List<Map<String, Object>> overview() {
        Map<Long, Integer> active = store.activeVersions();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : categories.minorClasses()) {
            Map<String, Object> m = new LinkedHashMap<>(c);
            m.put("activeVersionNo", active.get(Long.valueOf((String) c.get("categoryId"))));
            rows.add(m);
        }
        return rows;
    }

    public Map<String, Object> view(long categoryId) {
        CaseCategory category = minorClass(categoryId);
        List<Route> versions = store.versions(categoryId);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("categoryId", category.id());
        m.put("categoryName", category.name());
        m.put("active", versions.stream().filter(Route::active).findFirst().orElse(null));
        m.put("versions", versions.stream().map(v -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", v.id());
            r.put("versionNo", v.versionNo());
            r.put("active", v.active());
            r.put("remark", v.remark());
            r.put("createBy", v.createBy());
            r.put("createTime", v.createTime());
            r.put("stageCount", v.stages().size());
            return r;
        }).toList());
        return m;
    }

    public Route version(long categoryId, int versionNo) {
        minorClass(categoryId);
        return store.versions(categoryId).stream().filter(v -> v.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> BizException.notFound("该分类没有版本 " + versionNo + " 的流转路线"));
    }

    @Transactional
    public Route save(long categoryId, RouteRequests.Save req) {
        LoginUser user = CurrentUser.require();
        minorClass(categoryId);
        List<RouteStage> stages = stages(user.tenantId(), req.stages());
        long id = IdWorker.getId();
        if (!store.insertVersion(user.tenantId(), categoryId, req.baseVersionNo(), req.remark(), stages,
                user.username(), id)) {
            throw BizException.conflict("流转路线已被他人修改（当前版本不是 " + req.baseVersionNo() + "），请刷新后重试");
        }
        return store.activeFor(categoryId).orElseThrow();
    }

    private List<RouteStage> stages(long tenantId, List<RouteRequests.Stage> input) {
        List<RouteStage> out = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>();
        input.forEach(s -> roles.addAll(s.roleCodes()));
        Set<String> existing = users.existingRoleCodes(tenantId, roles);
        int seq = 0;
        for (RouteRequests.Stage s : input) {
            seq++;
            String at = "第 " + seq + " 个环节";
            StageCode code = StageCode.parse(s.stageCode())
                    .orElseThrow(() -> BizException.badRequest(at + "的环节代码不正确：" + s.stageCode()));
            if (seq == 1 && code != StageCode.INTAKE) {
                throw BizException.badRequest("路线的第一个环节必须是“录入”");
            }
            if (seq > 1 && code == StageCode.INTAKE) {
                throw BizException.badRequest("“录入”只能是路线的第一个环节");
            }
            List<String> roleCodes = List.copyOf(new LinkedHashSet<>(s.roleCodes().stream().map(String::trim).toList()));
            for (String r : roleCodes) {
                if (!existing.contains(r)) {
                    throw BizException.badRequest(at + "的角色不存在：" + r);
                }
            }
            TimeUnit unit = null;
            if (s.timeUnit() != null && !s.timeUnit().isBlank()) {
                unit = Arrays.stream(TimeUnit.values()).filter(u -> u.name().equals(s.timeUnit())).findFirst()
                        .orElseThrow(() -> BizException.badRequest(at + "的时限单位只能是 HOURS 或 WORKING_DAYS"));
            }
            if ((unit == null) != (s.timeLimit() == null)) {
                throw BizException.badRequest(at + "的时限数值和单位须同时填写或同时为空");
            }
            if (unit == TimeUnit.WORKING_DAYS && s.timeLimit() > 365) {
                throw BizException.badRequest(at + "的时限不能超过 365 个工作日");
            }
            String name = s.stageName() == null || s.stageName().isBlank() ? code.label() : s.stageName().trim();
            out.add(new RouteStage(seq, code, name, roleCodes, s.timeLimit(), unit));
        }
        return out;
    }

    private CaseCategory minorClass(long categoryId) {
        CaseCategory c = categories.find(categoryId).orElseThrow(() -> BizException.notFound("案件分类不存在"));
        if (!c.minor()) {
            throw BizException.badRequest("只有小类可以配置流转路线：" + c.name());
        }
        return c;
    }
}
