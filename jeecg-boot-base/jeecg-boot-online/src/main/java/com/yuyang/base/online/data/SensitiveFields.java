package com.yuyang.base.online.data;

import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.crypto.Masking;
import com.yuyang.base.core.crypto.SensitiveSerializer;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.online.metadata.FieldDef;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.query.Condition;
import com.yuyang.base.online.query.ListQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fields declared {@code "sensitive": "phone" | "idcard"} (E2): the column holds the value encrypted with the
 * platform's {@link FieldCipher} (AES-GCM, random nonce), {@code <field>_hash} its HMAC blind index for exact-match
 * queries and uniqueness. Every output of the engine (list, detail, detail rows, export) shows the value masked,
 * in full only to callers holding the platform's {@value SensitiveSerializer#VIEW_PERMISSION} — the same rule as
 * {@code @Sensitive} DTOs. A row whose blind index is still empty holds a plain legacy value (written before the
 * field became sensitive, or by code that bypasses the engine); it is shown masked as well and encrypted by
 * {@link SensitiveBackfill} at the next start-up.
 */
@Component
public class SensitiveFields {

    private static final Logger log = LoggerFactory.getLogger(SensitiveFields.class);

    private final FieldCipher cipher;

    public SensitiveFields(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public static boolean any(FormDef form) {
        return form.fields().stream().anyMatch(FieldDef::encrypted);
    }

    /** The value as hashed and stored: ID numbers upper-cased (a trailing x and X are the same number). */
    static String normalise(FieldDef f, Object value) {
        String s = value.toString().trim();
        return FieldDef.SENSITIVE_IDCARD.equals(f.sensitive()) ? s.toUpperCase(Locale.ROOT) : s;
    }

    public String hash(FieldDef f, Object plain) {
        return plain == null ? null : cipher.hash(normalise(f, plain));
    }

    /** Replaces the plain values of sensitive fields present in a validated row by ciphertext + blind index. */
    public void seal(FormDef form, Map<String, Object> values) {
        for (FieldDef f : form.fields()) {
            if (f.encrypted() && values.containsKey(f.name())) {
                Object plain = values.get(f.name());
                String text = plain == null || plain.toString().isBlank() ? null : normalise(f, plain);
                values.put(f.name(), text == null ? null : cipher.encrypt(text));
                values.put(f.hashColumn(), text == null ? null : cipher.hash(text));
            }
        }
    }

    /** An equality filter on a sensitive field becomes an equality on its blind index. */
    public ListQuery blind(FormDef form, ListQuery q) {
        if (!any(form)) {
            return q;
        }
        List<Condition> out = new ArrayList<>(q.conditions().size());
        for (Condition c : q.conditions()) {
            FieldDef f = form.field(c.column()).filter(FieldDef::encrypted).orElse(null);
            out.add(f == null ? c : new Condition(f.hashColumn(), Condition.Op.EQ, hash(f, c.value())));
        }
        return new ListQuery(out, q.sortColumn(), q.ascending(), q.pageNo(), q.pageSize(), q.parentId());
    }

    /** The clear value of a stored row's sensitive field (null when empty). */
    public String plain(FieldDef f, Map<String, Object> row) {
        Object stored = row.get(f.name());
        if (stored == null) {
            return null;
        }
        if (row.get(f.hashColumn()) == null) {
            return stored.toString(); // legacy plain value, not yet encrypted by the backfill
        }
        try {
            return cipher.decrypt(stored.toString());
        } catch (IllegalStateException e) {
            log.warn("online form: a value of {} cannot be decrypted (wrong key or altered); shown as ****", f.name());
            return "****";
        }
    }

    /** For output: decrypts, masks unless the caller may view sensitive data, and drops the blind indexes. */
    public void reveal(FormDef form, List<Map<String, Object>> rows) {
        if (!any(form) || rows.isEmpty()) {
            return;
        }
        boolean full = CurrentUser.get().map(u -> u.hasPermission(SensitiveSerializer.VIEW_PERMISSION)).orElse(false);
        for (Map<String, Object> row : rows) {
            for (FieldDef f : form.fields()) {
                if (!f.encrypted() || !row.containsKey(f.name())) {
                    continue;
                }
                String plain = plain(f, row);
                row.remove(f.hashColumn());
                row.put(f.name(), full ? plain : mask(f, plain));
            }
        }
    }

    static String mask(FieldDef f, String plain) {
        return FieldDef.SENSITIVE_IDCARD.equals(f.sensitive()) ? Masking.idCard(plain) : Masking.phone(plain);
    }

    /**
     * Edit forms get the masked value and may send it back unchanged: such a value means "unchanged" and is
     * dropped from the update instead of failing the field's pattern or overwriting the number with stars.
     */
    public void dropUnchangedMasks(FormDef form, Map<String, Object> body, Map<String, Object> current) {
        for (FieldDef f : form.fields()) {
            if (f.encrypted() && body.get(f.name()) instanceof String sent && sent.contains("*")
                    && sent.equals(mask(f, plain(f, current)))) {
                body.remove(f.name());
            }
        }
    }
}
