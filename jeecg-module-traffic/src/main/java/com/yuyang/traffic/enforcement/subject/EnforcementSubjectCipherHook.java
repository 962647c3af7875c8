package com.yuyang.traffic.enforcement.subject;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.OnlineFormHook;
import com.yuyang.base.online.query.FieldErrors;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * E2 for the online form enforcement_subject (B2): the engine validates the plain phone / ID number against the
 * form's patterns, then this hook stores them encrypted (AES-GCM) with an HMAC blind index in *_hash; lists show
 * them decrypted and masked (unmasked only with sys:sensitive:view), never the hashes. A query
 * {@code id_no=...} / {@code phone=...} is turned into an exact blind-index match. A hash sent by a client is
 * ignored. The formats are checked here rather than by form patterns, because an edit form sends the masked
 * value back: a value containing '*' means "unchanged" and keeps the stored ciphertext.
 */
@Component(EnforcementSubjectCipherHook.NAME)
public class EnforcementSubjectCipherHook implements OnlineFormHook {

    public static final String NAME = "enforcementSubjectCipherHook";
    static final String SENSITIVE_VIEW = "sys:sensitive:view";
    static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
    static final Pattern ID_NO = Pattern.compile("^(\\d{17}[\\dX]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})$");

    private final FieldCipher cipher;

    public EnforcementSubjectCipherHook(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void beforeQuery(FormDef form, Map<String, String> params) {
        blind(params, "phone", "phone_hash", false);
        blind(params, "id_no", "id_no_hash", true);
    }

    @Override
    public void afterQuery(FormDef form, List<Map<String, Object>> rows) {
        boolean full = CurrentUser.get().map(u -> u.hasPermission(SENSITIVE_VIEW)).orElse(false);
        for (Map<String, Object> r : rows) {
            r.remove("phone_hash");
            r.remove("id_no_hash");
            String phone = decrypt(r.get("phone"));
            String idNo = decrypt(r.get("id_no"));
            r.put("phone", full ? phone : Masking.phone(phone));
            r.put("id_no", full ? idNo : Masking.idCard(idNo));
        }
    }

    @Override
    public void beforeAdd(FormDef form, Map<String, Object> row) {
        seal(row);
    }

    @Override
    public void beforeEdit(FormDef form, long id, Map<String, Object> row) {
        seal(row);
    }

    private void seal(Map<String, Object> row) {
        row.remove("phone_hash");
        row.remove("id_no_hash");
        seal(row, "phone", "phone_hash", PHONE, "联系电话应为手机号或座机号（如 0912-3456789）");
        seal(row, "id_no", "id_no_hash", ID_NO, "身份证号/信用代码应为 18 位身份证号或统一社会信用代码");
    }

    private void seal(Map<String, Object> row, String field, String hashField, Pattern format, String message) {
        if (!row.containsKey(field)) {
            return;
        }
        String v = text(row.get(field));
        if (v != null && v.contains("*")) {
            row.remove(field);
            return;
        }
        if ("id_no".equals(field)) {
            v = EnforcementSubjects.normaliseIdNo(v);
        }
        if (v != null && !format.matcher(v).matches()) {
            throw FieldErrors.single(field, message);
        }
        row.put(field, cipher.encrypt(v));
        row.put(hashField, cipher.hash(v));
    }

    private void blind(Map<String, String> params, String plain, String hash, boolean idNo) {
        params.remove(hash);
        String v = params.remove(plain);
        if (v != null && !v.isBlank()) {
            params.put(hash, cipher.hash(idNo ? EnforcementSubjects.normaliseIdNo(v) : v.trim()));
        }
    }

    private String decrypt(Object stored) {
        if (stored == null || stored.toString().isEmpty()) {
            return null;
        }
        try {
            return cipher.decrypt(stored.toString());
        } catch (IllegalStateException e) {
            // written with another key (restored backup, demo data of another installation): never leak it
            return "****";
        }
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

}
