package com.yuyang.traffic.safety.subject;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.stereotype.Component;

/**
 * Reading subjects with grid isolation (A9). Reads through the grid-scoped mapper, so a subject outside the
 * caller's grids does not exist for them; code without a caller (jobs, QR resolution before the caller's
 * rights are known) reads as system explicitly and checks the grid itself.
 */
@Component
public class SubjectAccess {

    public static final String ENTERPRISE_ROLE = "enterprise";

    private final SafetySubjectMapper subjects;
    private final DataScopeResolver scopes;

    public SubjectAccess(SafetySubjectMapper subjects, DataScopeResolver scopes) {
        this.subjects = subjects;
        this.scopes = scopes;
    }

    /** The subject if the caller's grid scope covers it; 404 otherwise (no hint that it exists). */
    public SafetySubject requireVisible(long id) {
        SafetySubject s = subjects.selectById(id);
        if (s == null) {
            throw BizException.notFound("主体不存在或无权访问");
        }
        return s;
    }

    public SafetySubject loadAsSystem(long id) {
        return DataScopeContext.runAsSystem(() -> subjects.selectById(id));
    }

    public boolean covers(LoginUser user, Long gridId) {
        return gridId != null && scopes.resolve(user).allows(gridId);
    }

    public static boolean isEnterprise(LoginUser user) {
        return !user.admin() && user.roles().contains(ENTERPRISE_ROLE);
    }
}
