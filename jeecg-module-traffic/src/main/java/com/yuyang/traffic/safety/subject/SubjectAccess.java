package com.yuyang.traffic.safety.subject;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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
    private final SubjectAccountMapper accounts;
    private final DataScopeResolver scopes;

    public SubjectAccess(SafetySubjectMapper subjects, DataScopeResolver scopes, SubjectAccountMapper accounts) {
        this.subjects = subjects;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    /**
     * A8: the subject an enterprise account is bound to (by scanning its QR code). The grid-scoped lists would
     * also show the neighbours in the same grid, so enterprise self-service (self-check, equipment, appeals, review
     * submissions) always goes through this binding; 403 for a non-enterprise or a not yet bound account.
     */
    public SafetySubject requireOwnSubject(LoginUser user) {
        if (!isEnterprise(user)) {
            throw BizException.forbidden("仅企业账号可以办理");
        }
        SubjectAccount a = accounts.selectOne(new LambdaQueryWrapper<SubjectAccount>().eq(SubjectAccount::getUserId, user.id()));
        SafetySubject s = a == null ? null : loadAsSystem(a.getSubjectId());
        if (s == null || s.getDelFlag() != null && s.getDelFlag() != 0) {
            throw BizException.forbidden("您的账号尚未绑定主体，请先扫描主体二维码完成绑定");
        }
        return s;
    }

    /** The enterprise accounts bound to a subject (at most one today), for reminders. */
    public java.util.List<Long> accountsOf(long subjectId) {
        return accounts.selectList(new LambdaQueryWrapper<SubjectAccount>().eq(SubjectAccount::getSubjectId, subjectId))
                .stream().map(SubjectAccount::getUserId).toList();
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
