package com.yuyang.traffic.enforcement.caseflow.api;

import com.yuyang.base.core.exception.BizException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage action as a handler sees it. {@code data} is the action-specific part of the request body
 * (untrusted: validate it); whatever the handler puts with {@link #detail} is stored as JSON with the
 * trail entry of the action (keep it small, no sensitive values).
 */
public final class StageActionContext {

    private final CaseView caseView;
    private final long stageEntryId;
    private final String action;
    private final Actor actor;
    private final String opinion;
    private final String internalNote;
    private final List<Long> media;
    private final boolean publicOpinion;
    private final Map<String, Object> data;
    private final Map<String, Object> detail = new LinkedHashMap<>();

    public StageActionContext(CaseView caseView, long stageEntryId, String action, Actor actor, String opinion,
                              String internalNote, List<Long> media, boolean publicOpinion, Map<String, Object> data) {
        this.caseView = caseView;
        this.stageEntryId = stageEntryId;
        this.action = action;
        this.actor = actor;
        this.opinion = opinion;
        this.internalNote = internalNote;
        this.media = media == null ? List.of() : List.copyOf(media);
        this.publicOpinion = publicOpinion;
        this.data = data == null ? Map.of() : data;
    }

    /** The case as it was before the action (its version is the one the engine claimed). */
    public CaseView caseView() {
        return caseView;
    }

    public long caseId() {
        return caseView.id();
    }

    public StageCode stage() {
        return caseView.currentStage();
    }

    /** The id of the current stage entry (enforcement_case_stage.id). */
    public long stageEntryId() {
        return stageEntryId;
    }

    public String action() {
        return action;
    }

    public Actor actor() {
        return actor;
    }

    public String opinion() {
        return opinion;
    }

    public String internalNote() {
        return internalNote;
    }

    public List<Long> media() {
        return media;
    }

    public boolean publicOpinion() {
        return publicOpinion;
    }

    public Map<String, Object> data() {
        return data;
    }

    /** A text value of {@code data}; {@code required} refuses a missing or blank one with 400. */
    public String text(String key, String label, boolean required, int maxLength) {
        Object v = data.get(key);
        String s = v == null ? null : v.toString().trim();
        if (s == null || s.isEmpty()) {
            if (required) {
                throw BizException.badRequest(label + "不能为空");
            }
            return null;
        }
        if (s.length() > maxLength) {
            throw BizException.badRequest(label + "不能超过 " + maxLength + " 个字符");
        }
        return s;
    }

    /** A whole-number value of {@code data} (number or numeric string). */
    public Long number(String key, String label, boolean required) {
        Object v = data.get(key);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw BizException.badRequest(label + "不能为空");
            }
            return null;
        }
        try {
            return v instanceof Number n ? n.longValue() : Long.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            throw BizException.badRequest(label + "必须是整数");
        }
    }

    public void detail(String key, Object value) {
        detail.put(key, value);
    }

    public Map<String, Object> detail() {
        return detail;
    }
}
