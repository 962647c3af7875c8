package com.yuyang.traffic.safety.qrcode;

import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.OnlineFormHook;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Declared in form-schemas/safety_subject.json ("hooks"): every subject created through the online form
 * gets its QR code in the same transaction (A2 "生成唯一二维码").
 */
@Component(SafetySubjectQrHook.NAME)
public class SafetySubjectQrHook implements OnlineFormHook {

    public static final String NAME = "safetySubjectQrHook";

    private final QrCodeService codes;

    public SafetySubjectQrHook(QrCodeService codes) {
        this.codes = codes;
    }

    @Override
    public void afterAdd(FormDef form, long id, Map<String, Object> row) {
        codes.issue(id, CurrentUser.require().tenantId());
    }
}
