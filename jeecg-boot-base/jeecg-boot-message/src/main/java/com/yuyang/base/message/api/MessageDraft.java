package com.yuyang.base.message.api;

import java.util.Arrays;

/**
 * A message to send. Build it with {@link #message(String, String)} (a system reminder) or
 * {@link #notice(String)}; e.g.
 * <pre>{@code
 * sender.send(MessageDraft.message(MessageCategories.RECHECK_DUE, "复查到期：某某公司")
 *         .content("检查项 … 已到复查日期").toUsers(inspectorId)
 *         .biz("safety_subject", subjectId).dedupeKey("recheck:" + subjectId + ":" + itemId + ":" + date)
 *         .build());
 * }</pre>
 * {@code senderId} null means "the system"; {@code tenantId} null means the caller's tenant (or 1).
 */
public record MessageDraft(MessageType type, String category, String title, String content,
                           String bizType, String bizId, Long senderId, String senderName,
                           boolean pinned, Priority priority, String dedupeKey, Long tenantId,
                           MessageTargets targets) {

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    public static Builder message(String category, String title) {
        return new Builder(MessageType.MESSAGE, category, title);
    }

    public static Builder notice(String title) {
        return new Builder(MessageType.NOTICE, MessageCategories.NOTICE, title);
    }

    public static final class Builder {
        private final MessageType type;
        private final String category;
        private final String title;
        private String content;
        private String bizType;
        private String bizId;
        private Long senderId;
        private String senderName;
        private boolean pinned;
        private Priority priority = Priority.NORMAL;
        private String dedupeKey;
        private Long tenantId;
        private final java.util.Set<Long> users = new java.util.LinkedHashSet<>();
        private final java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        private final java.util.Set<Long> grids = new java.util.LinkedHashSet<>();
        private final java.util.Set<Long> depts = new java.util.LinkedHashSet<>();
        private final java.util.Set<Long> groups = new java.util.LinkedHashSet<>();

        private Builder(MessageType type, String category, String title) {
            this.type = type;
            this.category = category;
            this.title = title;
        }

        public Builder content(String content) { this.content = content; return this; }

        public Builder biz(String bizType, Object bizId) {
            this.bizType = bizType;
            this.bizId = bizId == null ? null : String.valueOf(bizId);
            return this;
        }

        public Builder sender(Long id, String name) { this.senderId = id; this.senderName = name; return this; }

        public Builder pinned(boolean pinned) { this.pinned = pinned; return this; }

        public Builder priority(Priority priority) { this.priority = priority; return this; }

        public Builder dedupeKey(String key) { this.dedupeKey = key; return this; }

        public Builder tenant(Long tenantId) { this.tenantId = tenantId; return this; }

        public Builder toUsers(Long... ids) { users.addAll(Arrays.asList(ids)); return this; }

        public Builder toUsers(java.util.Collection<Long> ids) { users.addAll(ids); return this; }

        public Builder toRoles(String... codes) { roles.addAll(Arrays.asList(codes)); return this; }

        public Builder toGrids(Long... ids) { grids.addAll(Arrays.asList(ids)); return this; }

        public Builder toDepts(Long... ids) { depts.addAll(Arrays.asList(ids)); return this; }

        public Builder toGroups(Long... ids) { groups.addAll(Arrays.asList(ids)); return this; }

        public Builder to(MessageTargets t) {
            users.addAll(t.userIds());
            roles.addAll(t.roleCodes());
            grids.addAll(t.gridIds());
            depts.addAll(t.deptIds());
            groups.addAll(t.groupIds());
            return this;
        }

        public MessageDraft build() {
            return new MessageDraft(type, category, title, content, bizType, bizId, senderId, senderName, pinned,
                    priority, dedupeKey, tenantId, new MessageTargets(users, roles, grids, depts, groups));
        }
    }
}
