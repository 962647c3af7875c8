package com.yuyang.base.message.send;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.message.api.MessageDraft;

import java.util.regex.Pattern;

/** The invariants of a draft, checked before anything is written; each failure is a Chinese 400. */
final class DraftRules {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private DraftRules() {
    }

    static void check(MessageDraft d) {
        if (d == null || d.type() == null) {
            throw BizException.badRequest("消息类型不能为空");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw BizException.badRequest("消息标题不能为空");
        }
        if (d.title().trim().length() > 200) {
            throw BizException.badRequest("消息标题不能超过 200 个字符");
        }
        if (d.content() != null && d.content().length() > 20000) {
            throw BizException.badRequest("消息内容不能超过 20000 个字符");
        }
        if (d.category() == null || !CATEGORY.matcher(d.category()).matches()) {
            throw BizException.badRequest("消息分类格式不正确（大写字母、数字、下划线，最多 32 位）");
        }
        if (d.bizType() != null && d.bizType().length() > 64 || d.bizId() != null && d.bizId().length() > 64) {
            throw BizException.badRequest("业务类型和业务编号不能超过 64 个字符");
        }
        if (d.dedupeKey() != null && d.dedupeKey().trim().length() > 191) {
            throw BizException.badRequest("去重键不能超过 191 个字符");
        }
        if (d.targets() == null || d.targets().isEmpty()) {
            throw BizException.badRequest("请至少选择一个接收对象（用户、角色、网格、部门或分组）");
        }
    }
}
