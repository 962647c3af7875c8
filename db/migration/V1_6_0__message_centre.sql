-- Message centre (E3): one row per message or notice, one row per resolved recipient, so that read state,
-- unread counts and "my messages" are indexed queries on msg_recipient.
CREATE TABLE msg_message (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    -- MESSAGE (system reminder) or NOTICE (published by a person)
    type VARCHAR(16) NOT NULL,
    category VARCHAR(32) NOT NULL,
    title VARCHAR(200) NOT NULL,
    content LONGTEXT,
    biz_type VARCHAR(64),
    biz_id VARCHAR(64),
    sender_id BIGINT,
    sender_name VARCHAR(64),
    -- decided at creation and never changed
    pinned SMALLINT NOT NULL DEFAULT 0,
    priority VARCHAR(16) NOT NULL DEFAULT 'NORMAL',
    -- idempotency of senders that run repeatedly (jobs); NULL for one-off messages
    dedupe_key VARCHAR(191),
    -- the targets as requested (JSON), kept for display; recipients are resolved into msg_recipient
    targets VARCHAR(4000),
    recipient_count INT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_msg_message_dedupe ON msg_message (tenant_id, dedupe_key);
CREATE INDEX idx_msg_message_sender ON msg_message (sender_id, create_time);
CREATE INDEX idx_msg_message_type ON msg_message (type, create_time);
CREATE INDEX idx_msg_message_biz ON msg_message (biz_type, biz_id);

CREATE TABLE msg_recipient (
    message_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    read_at TIMESTAMP NULL,
    -- hidden by the recipient ("delete for me")
    deleted SMALLINT NOT NULL DEFAULT 0,
    create_time TIMESTAMP NULL,
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX idx_msg_recipient_user ON msg_recipient (user_id, deleted, read_at);

-- Custom notification groups: named, reusable sets of targets.
CREATE TABLE msg_group (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    name VARCHAR(100) NOT NULL,
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);

CREATE TABLE msg_group_target (
    group_id BIGINT NOT NULL,
    -- USER, ROLE, GRID or DEPT
    target_type VARCHAR(16) NOT NULL,
    target_value VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_id, target_type, target_value)
);

INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (1600, 0,    'MENU',   NULL,               '消息中心', '/message', NULL, 'MessageOutlined', 80),
 (1610, 1600, 'PAGE',   'msg:my:list',      '我的消息', '/message/my', 'message/my/index', 'InboxOutlined', 1),
 (1620, 1600, 'PAGE',   'msg:notice:list',  '通知公告', '/message/notice', 'message/notice/index', 'NotificationOutlined', 2),
 (1621, 1620, 'BUTTON', 'msg:notice:add',   '发布通知', NULL, NULL, NULL, 1),
 (1622, 1620, 'BUTTON', 'msg:notice:delete', '删除通知', NULL, NULL, NULL, 2),
 (1623, 1620, 'BUTTON', 'msg:notice:stats', '阅读统计', NULL, NULL, NULL, 3),
 (1630, 1600, 'PAGE',   'msg:group:list',   '通知分组', '/message/group', 'message/group/index', 'UsergroupAddOutlined', 3),
 (1631, 1630, 'BUTTON', 'msg:group:add',    '新增分组', NULL, NULL, NULL, 1),
 (1632, 1630, 'BUTTON', 'msg:group:edit',   '编辑分组', NULL, NULL, NULL, 2),
 (1633, 1630, 'BUTTON', 'msg:group:delete', '删除分组', NULL, NULL, NULL, 3);
