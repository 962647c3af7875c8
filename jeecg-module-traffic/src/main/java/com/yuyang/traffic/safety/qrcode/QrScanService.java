package com.yuyang.traffic.safety.qrcode;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.safety.subject.SafetySubject;
import com.yuyang.traffic.safety.subject.SubjectAccess;
import com.yuyang.traffic.safety.subject.SubjectAccount;
import com.yuyang.traffic.safety.subject.SubjectAccountMapper;
import com.yuyang.traffic.safety.subject.SubjectPhones;
import com.yuyang.traffic.safety.subject.SubjectView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;

/**
 * Resolves a scanned code (A6 "扫一扫", A8 "扫码绑定"): an inspector whose grids cover the subject gets the
 * subject; an enterprise account is bound to the subject on its first scan, and a subject already bound
 * to another account (or an account already bound elsewhere) is refused.
 */
@Service
public class QrScanService {

    public static final int GONE = 410;

    private final QrTokens tokens;
    private final QrCodeService codes;
    private final SubjectAccess subjects;
    private final SubjectAccountMapper accounts;
    private final SubjectPhones phones;

    public QrScanService(QrTokens tokens, QrCodeService codes, SubjectAccess subjects, SubjectAccountMapper accounts,
                         SubjectPhones phones) {
        this.phones = phones;
        this.tokens = tokens;
        this.codes = codes;
        this.subjects = subjects;
        this.accounts = accounts;
    }

    public record ScanResult(String role, boolean newlyBound, SubjectView subject) {
    }

    @Transactional
    public ScanResult resolve(String token, LoginUser user) {
        String code = tokens.verify(token).orElseThrow(() -> BizException.notFound("二维码无效"));
        SubjectQrCode c = codes.byCode(code);
        SafetySubject s = c == null ? null : subjects.loadAsSystem(c.getSubjectId());
        if (s == null) {
            throw BizException.notFound("二维码无效");
        }
        if (QrCodeService.UNBOUND.equals(c.getStatus())) {
            throw new BizException(GONE, "该二维码已解绑，主体处于停业、注销或关停状态");
        }
        if (SubjectAccess.isEnterprise(user)) {
            return new ScanResult("ENTERPRISE", bindEnterprise(s, user), SubjectView.of(s, phones.clear(s)));
        }
        if (!subjects.covers(user, s.getGridId())) {
            throw BizException.forbidden("该主体不在您的监管网格内");
        }
        return new ScanResult("INSPECTOR", false, SubjectView.of(s, phones.clear(s)));
    }

    private boolean bindEnterprise(SafetySubject s, LoginUser user) {
        SubjectAccount bySubject = accounts.selectOne(new LambdaQueryWrapper<SubjectAccount>()
                .eq(SubjectAccount::getSubjectId, s.getId()));
        if (bySubject != null) {
            if (bySubject.getUserId() == user.id()) {
                return false;
            }
            throw BizException.conflict("该主体已绑定其他企业账号");
        }
        SubjectAccount byUser = accounts.selectOne(new LambdaQueryWrapper<SubjectAccount>()
                .eq(SubjectAccount::getUserId, user.id()));
        if (byUser != null) {
            throw BizException.conflict("您的账号已绑定其他主体");
        }
        SubjectAccount a = new SubjectAccount();
        a.setSubjectId(s.getId());
        a.setUserId(user.id());
        a.setCreateBy(user.username());
        a.setCreateTime(LocalDateTime.now());
        try {
            accounts.insert(a);
        } catch (DuplicateKeyException e) {
            throw BizException.conflict("该主体已绑定其他企业账号");
        }
        return true;
    }
}
