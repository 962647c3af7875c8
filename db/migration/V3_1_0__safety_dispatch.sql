-- Safety supervision, dispatch side (A4 sampling, A5 escalation, A9 tasks and check-in).
-- Portable DDL (H2 MySQL mode + MariaDB); ids assigned by the application.

CREATE TABLE safety_sampling_batch (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    -- the request's scope as JSON, kept for the record
    scope_json VARCHAR(4000),
    subject_ratio DECIMAL(7, 6),
    subject_count INT,
    item_count INT NOT NULL,
    candidate_count INT NOT NULL DEFAULT 0,
    drawn_count INT NOT NULL DEFAULT 0,
    assigned_count INT NOT NULL DEFAULT 0,
    unassigned_count INT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);

-- A dispatched check of one subject by one inspector: from a sampling batch (source SAMPLING) or from a
-- reassigned escalation (source ESCALATION, batch_id NULL).
CREATE TABLE safety_sampling_task (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    batch_id BIGINT,
    source VARCHAR(16) NOT NULL DEFAULT 'SAMPLING',
    escalation_id BIGINT,
    subject_id BIGINT NOT NULL,
    inspector_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    dept_id BIGINT,
    status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    done_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
-- no subject twice in one batch
CREATE UNIQUE INDEX uk_safety_sampling_task_subject ON safety_sampling_task (batch_id, subject_id);
CREATE INDEX idx_safety_sampling_task_inspector ON safety_sampling_task (inspector_id, status);

CREATE TABLE safety_sampling_task_item (
    id BIGINT NOT NULL PRIMARY KEY,
    task_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    result VARCHAR(16)
);
CREATE UNIQUE INDEX uk_safety_sampling_task_item ON safety_sampling_task_item (task_id, item_id);

-- subjects of a batch that no inspector could take, with the reason (reported, never dropped silently)
CREATE TABLE safety_sampling_unassigned (
    id BIGINT NOT NULL PRIMARY KEY,
    batch_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    reason VARCHAR(200) NOT NULL
);
CREATE INDEX idx_safety_sampling_unassigned_batch ON safety_sampling_unassigned (batch_id);

CREATE TABLE safety_escalation (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    subject_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    -- comma-separated check item ids of the out-of-remit check
    item_ids VARCHAR(1000) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    raised_by BIGINT NOT NULL,
    -- OPEN (waiting at current_dept_id), REASSIGNED (task created), CLOSED
    status VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    current_dept_id BIGINT NOT NULL,
    assignee_id BIGINT,
    task_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX idx_safety_escalation_dept ON safety_escalation (current_dept_id, status);

-- the trail: every hop of an escalation, append-only
CREATE TABLE safety_escalation_step (
    id BIGINT NOT NULL PRIMARY KEY,
    escalation_id BIGINT NOT NULL,
    seq INT NOT NULL,
    action VARCHAR(16) NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name VARCHAR(64),
    from_dept_id BIGINT,
    to_dept_id BIGINT,
    target_user_id BIGINT,
    note VARCHAR(500),
    create_time TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX uk_safety_escalation_step ON safety_escalation_step (escalation_id, seq);

CREATE TABLE safety_task (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    title VARCHAR(200) NOT NULL,
    urgency VARCHAR(16) NOT NULL,
    due_time TIMESTAMP NOT NULL,
    content VARCHAR(4000),
    -- JSON array of file ids (pictures, audio, video)
    media VARCHAR(2000),
    dept_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);

-- one row per assignee: the completion report lives here
CREATE TABLE safety_task_assignee (
    id BIGINT NOT NULL PRIMARY KEY,
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    record VARCHAR(4000),
    media VARCHAR(2000),
    completed_time TIMESTAMP NULL,
    overdue SMALLINT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX uk_safety_task_assignee ON safety_task_assignee (task_id, user_id);
CREATE INDEX idx_safety_task_assignee_user ON safety_task_assignee (user_id, status);

CREATE TABLE safety_checkin (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    user_id BIGINT NOT NULL,
    dept_id BIGINT,
    type VARCHAR(16) NOT NULL,
    lng DECIMAL(10, 6) NOT NULL,
    lat DECIMAL(10, 6) NOT NULL,
    subject_id BIGINT,
    errand VARCHAR(500),
    checkin_time TIMESTAMP NOT NULL
);
CREATE INDEX idx_safety_checkin_user_time ON safety_checkin (user_id, checkin_time);

-- permissions under the 安全监管 menu (id 3000, created by the safety core migration)
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (3300, 3000, 'PAGE',   'safety:sampling:list',     '随机抽检',   '/safety/sampling', 'safety/sampling/index', 'ExperimentOutlined', 30),
 (3301, 3300, 'BUTTON', 'safety:sampling:add',      '发起抽检',   NULL, NULL, NULL, 1),
 (3310, 3000, 'PAGE',   'safety:escalation:handle', '流转管理',   '/safety/escalation', 'safety/escalation/index', 'BranchesOutlined', 31),
 (3320, 3000, 'PAGE',   'safety:task:list',         '任务管理',   '/safety/task', 'safety/task/index', 'ScheduleOutlined', 32),
 (3321, 3320, 'BUTTON', 'safety:task:add',          '派发任务',   NULL, NULL, NULL, 1),
 (3330, 3000, 'PAGE',   'safety:track:list',        '签到轨迹',   '/safety/track', 'safety/track/index', 'EnvironmentOutlined', 33),
 (3340, 3000, 'PAGE',   'safety:stats:list',        '统计分析',   '/safety/stats', 'safety/stats/index', 'BarChartOutlined', 34),
 (3350, 3000, 'API',    'safety:app:work',          '检查人员移动端', NULL, NULL, NULL, 35);
