package com.yuyang.base.online.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One declared field of a form, exactly as in its form-schemas JSON (unset options stay null so that an
 * export writes back the same file). The helpers without a get/is prefix give the effective values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldDef(
        String name,
        String label,
        String type,
        Integer length,
        Integer precision,
        Integer scale,
        Boolean required,
        Object defaultValue,
        Boolean unique,
        String dict,
        DictTable dictTable,
        List<Option> options,
        String pattern,
        String patternMessage,
        BigDecimal min,
        BigDecimal max,
        Boolean list,
        String query,
        Boolean sortable,
        String widget,
        Integer order,
        Integer span,
        Boolean readonly,
        String sensitive) {

    /** Values of {@code sensitive}: how the value is masked on output. */
    public static final String SENSITIVE_PHONE = "phone";
    public static final String SENSITIVE_IDCARD = "idcard";

    /** Suffix of the column holding a sensitive field's HMAC blind index (exact-match search, uniqueness). */
    public static final String HASH_SUFFIX = "_hash";

    /** A table dictionary: labels from {@code table.label} where {@code table.value} matches; filter is equality only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DictTable(String table, String label, String value, Map<String, Object> filter) {
    }

    /** An inline option list, for small fixed choices that need no dictionary. */
    public record Option(Object value, String label) {
    }

    public FieldType fieldType() {
        return FieldType.of(type);
    }

    public QueryMode queryMode() {
        return QueryMode.of(query);
    }

    public boolean mandatory() {
        return Boolean.TRUE.equals(required);
    }

    public boolean uniqueValue() {
        return Boolean.TRUE.equals(unique);
    }

    public boolean shownInList() {
        return list == null || list;
    }

    public boolean canSort() {
        return Boolean.TRUE.equals(sortable);
    }

    public boolean readOnly() {
        return Boolean.TRUE.equals(readonly);
    }

    public boolean hasDictionary() {
        return dict != null || dictTable != null || (options != null && !options.isEmpty());
    }

    /** A sensitive field: stored AES-GCM encrypted with a blind index in {@link #hashColumn()}, masked on output. */
    public boolean encrypted() {
        return sensitive != null;
    }

    public String hashColumn() {
        return name + HASH_SUFFIX;
    }

    /**
     * Length of the stored column: the declared length, or for a sensitive field the length of its ciphertext
     * (base64 of 12-byte nonce + up to 4 UTF-8 bytes per character + 16-byte tag).
     */
    public int storedLength() {
        return encrypted() ? 4 * ((28 + 4 * maxLength() + 2) / 3) : maxLength();
    }

    /** Declared length of a string column (255 when unset). */
    public int maxLength() {
        return length != null ? length : 255;
    }

    public int decimalPrecision() {
        return precision != null ? precision : 18;
    }

    public int decimalScale() {
        return scale != null ? scale : 2;
    }
}
