package com.yuyang.traffic.enforcement.appeal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.yuyang.base.core.crypto.Sensitive;
import com.yuyang.base.core.crypto.SensitiveKind;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An appeal as staff read it: the appellant's phone is decrypted here and masked on output (E2). {@code category}
 * is the case's minor class, {@code caseStage}/{@code caseStageName} where the case is now (a rejected second appeal
 * has moved it to 立案).
 */
public record AppealView(String id, String caseId, String caseNo, String category, String caseStage,
                         String caseStageName, int seq, String content, String appellant,
                         @Sensitive(kind = SensitiveKind.PHONE) String phone, List<String> media, String status,
                         String reply, String repliedBy,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime replyTime,
                         @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime createTime) {

    static AppealView of(Appeal a, CaseView c, String category, String phone) {
        return new AppealView(String.valueOf(a.getId()), String.valueOf(a.getCaseId()), c == null ? null : c.caseNo(),
                category, c == null || c.currentStage() == null ? null : c.currentStage().name(),
                c == null ? null : c.closed() ? "已结案" : c.currentStageName(), a.getSeq(),
                a.getContent(), a.getAppellant(), phone,
                AppealService.mediaOf(a).stream().map(String::valueOf).toList(), a.getStatus(), a.getReply(),
                a.getRepliedBy() == null ? null : String.valueOf(a.getRepliedBy()), a.getReplyTime(), a.getCreateTime());
    }
}
