package com.yuyang.traffic.safety.qrcode;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A2/A10: the one immutable code of each subject, its printable image, the print log and temporary
 * unbinding. The code never changes once issued; unbinding only flips the status, so a reprinted sticker
 * and an old one stay the same and both answer "已解绑" until the subject is rebound.
 */
@Service
public class QrCodeService {

    public static final String BOUND = "BOUND";
    public static final String UNBOUND = "UNBOUND";

    private final SubjectQrCodeMapper codes;
    private final QrPrintLogMapper printLog;
    private final QrTokens tokens;
    private final String publicBaseUrl;

    public QrCodeService(SubjectQrCodeMapper codes, QrPrintLogMapper printLog, QrTokens tokens,
                         @Value("${platform.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.codes = codes;
        this.printLog = printLog;
        this.tokens = tokens;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** Issues the subject's code if it has none yet (idempotent, also under concurrent calls). */
    public SubjectQrCode issue(long subjectId, long tenantId) {
        SubjectQrCode existing = find(subjectId);
        if (existing != null) {
            return existing;
        }
        SubjectQrCode c = new SubjectQrCode();
        c.setSubjectId(subjectId);
        c.setTenantId(tenantId);
        c.setCode(tokens.newCode());
        c.setStatus(BOUND);
        c.setPrintCount(0);
        try {
            codes.insert(c);
            return c;
        } catch (DuplicateKeyException e) {
            return find(subjectId);
        }
    }

    public SubjectQrCode find(long subjectId) {
        return codes.selectOne(new LambdaQueryWrapper<SubjectQrCode>().eq(SubjectQrCode::getSubjectId, subjectId));
    }

    public SubjectQrCode byCode(String code) {
        return codes.selectOne(new LambdaQueryWrapper<SubjectQrCode>().eq(SubjectQrCode::getCode, code));
    }

    public String urlOf(SubjectQrCode c) {
        return publicBaseUrl + "/app/qr/" + tokens.tokenOf(c.getCode());
    }

    /** The PNG of the subject's code; every download is logged like a print of one copy. */
    @Transactional
    public byte[] image(long subjectId, long tenantId, int size, LoginUser user) {
        SubjectQrCode c = issue(subjectId, tenantId);
        log(c, "DOWNLOAD", 1, user);
        return QrImages.png(urlOf(c), size);
    }

    @Transactional
    public SubjectQrCode print(long subjectId, long tenantId, int copies, LoginUser user) {
        SubjectQrCode c = issue(subjectId, tenantId);
        log(c, "PRINT", copies, user);
        codes.update(null, new LambdaUpdateWrapper<SubjectQrCode>().eq(SubjectQrCode::getId, c.getId())
                .setSql("print_count = print_count + {0}", copies));
        return find(subjectId);
    }

    /**
     * A printed sheet: every subject's code logged as printed with the same number of copies, in one transaction
     * (the callers have checked that every subject is visible to them, so either all are logged or none).
     */
    @Transactional
    public List<SubjectQrCode> printSheet(List<long[]> subjectAndTenant, int copies, LoginUser user) {
        return subjectAndTenant.stream().map(s -> print(s[0], s[1], copies, user)).toList();
    }

    public List<QrPrintLog> printLog(long subjectId) {
        return printLog.selectList(new LambdaQueryWrapper<QrPrintLog>().eq(QrPrintLog::getSubjectId, subjectId)
                .orderByDesc(QrPrintLog::getCreateTime).last("LIMIT 500"));
    }

    /** Temporary unbinding (suspension, cancellation, closure): the code answers "已解绑" until rebound. */
    @Transactional
    public SubjectQrCode unbind(long subjectId, long tenantId, String reason, LoginUser user) {
        SubjectQrCode c = issue(subjectId, tenantId);
        int n = codes.update(null, new LambdaUpdateWrapper<SubjectQrCode>().eq(SubjectQrCode::getId, c.getId())
                .eq(SubjectQrCode::getStatus, BOUND).set(SubjectQrCode::getStatus, UNBOUND)
                .set(SubjectQrCode::getUnbindReason, reason).set(SubjectQrCode::getUnboundBy, user.username())
                .set(SubjectQrCode::getUnboundTime, LocalDateTime.now()));
        if (n == 0) {
            throw BizException.conflict("该主体二维码已处于解绑状态");
        }
        return find(subjectId);
    }

    @Transactional
    public SubjectQrCode rebind(long subjectId, long tenantId) {
        SubjectQrCode c = issue(subjectId, tenantId);
        int n = codes.update(null, new LambdaUpdateWrapper<SubjectQrCode>().eq(SubjectQrCode::getId, c.getId())
                .eq(SubjectQrCode::getStatus, UNBOUND).set(SubjectQrCode::getStatus, BOUND)
                .set(SubjectQrCode::getUnbindReason, null).set(SubjectQrCode::getUnboundBy, null)
                .set(SubjectQrCode::getUnboundTime, null));
        if (n == 0) {
            throw BizException.conflict("该主体二维码未解绑，无需重新绑定");
        }
        return find(subjectId);
    }

    private void log(SubjectQrCode c, String action, int copies, LoginUser user) {
        QrPrintLog l = new QrPrintLog();
        l.setSubjectId(c.getSubjectId());
        l.setQrcodeId(c.getId());
        l.setAction(action);
        l.setCopies(copies);
        l.setUserId(user.id());
        l.setUsername(user.username());
        l.setCreateTime(LocalDateTime.now());
        printLog.insert(l);
    }
}
