package com.yuyang.base.message.send;

import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** E3: the invariants of a draft, each refused with a Chinese 400 before anything is written. */
class DraftRulesTest {

    @Test
    void aCompleteDraftPasses() {
        assertThatCode(() -> DraftRules.check(MessageDraft.message(MessageCategories.RECHECK_DUE, "复查到期")
                .toUsers(1L).dedupeKey("recheck:1:2:2026-01-01").build())).doesNotThrowAnyException();
    }

    @Test
    void refusals() {
        refused(MessageDraft.message(MessageCategories.NOTICE, null).toUsers(1L).build(), "标题不能为空");
        refused(MessageDraft.message(MessageCategories.NOTICE, "x".repeat(201)).toUsers(1L).build(), "200");
        refused(MessageDraft.message("lower", "t").toUsers(1L).build(), "分类");
        refused(MessageDraft.message(null, "t").toUsers(1L).build(), "分类");
        refused(MessageDraft.message(MessageCategories.NOTICE, "t").build(), "接收对象");
        refused(MessageDraft.message(MessageCategories.NOTICE, "t").toUsers(1L).dedupeKey("k".repeat(192)).build(), "去重键");
        refused(MessageDraft.message(MessageCategories.NOTICE, "t").toUsers(1L).biz("x".repeat(65), 1).build(), "64");
    }

    static void refused(MessageDraft d, String message) {
        assertThatThrownBy(() -> DraftRules.check(d)).isInstanceOf(BizException.class)
                .hasMessageContaining(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BizException) e).status()).isEqualTo(400));
    }
}
