-- Safety supervision, measures side (issue 5: A8/A10 appeals, A10 review management, A9 supervision
-- measures and archive, A3 recheck reassignment). Portable DDL (H2 MySQL mode + MariaDB); ids assigned by
-- the application. See docs/safety-measures.md.

-- A8/A10: an enterprise's appeal against one inspection record. open_inspection_id carries the inspection id
-- while the appeal is OPEN and NULL afterwards: the unique index allows one open appeal per record at a time
-- (NULLs do not collide), closed appeals stay as the record's trail.
CREATE TABLE safety_appeal (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    inspection_id BIGINT NOT NULL,
    open_inspection_id BIGINT,
    appellant_id BIGINT NOT NULL,
    content VARCHAR(2000) NOT NULL,
    -- JSON array of file ids (traffic_file) uploaded by the appellant
    files VARCHAR(2000),
    status VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    answer VARCHAR(2000),
    answer_files VARCHAR(2000),
    answered_by BIGINT,
    answered_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_appeal_open ON safety_appeal (open_inspection_id);
CREATE INDEX ix_safety_appeal_inspection ON safety_appeal (inspection_id, create_time);
CREATE INDEX ix_safety_appeal_grid ON safety_appeal (grid_id, status);
CREATE INDEX ix_safety_appeal_subject ON safety_appeal (subject_id, create_time);

-- A10 review management: a pending change of company data (SUBJECT) or of an employee (EMPLOYEE, target_id
-- NULL for a new one) submitted by the enterprise; applied to safety_subject / safety_employee only on approval.
-- pending_key = 'SUBJECT:<id>' / 'EMPLOYEE:<id>' while PENDING (one pending change per record), NULL otherwise.
CREATE TABLE safety_review_submission (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    target_id BIGINT,
    pending_key VARCHAR(64),
    -- the proposed values (whitelisted fields only) as a JSON object
    payload VARCHAR(4000) NOT NULL,
    -- PENDING, APPROVED, RETURNED (with a reason, may be resubmitted), REJECTED (not managed by this centre)
    status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    reason VARCHAR(500),
    submitted_by BIGINT NOT NULL,
    reviewed_by BIGINT,
    reviewed_time TIMESTAMP NULL,
    applied_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_review_pending ON safety_review_submission (pending_key);
CREATE INDEX ix_safety_review_status ON safety_review_submission (status, create_time);
CREATE INDEX ix_safety_review_subject ON safety_review_submission (subject_id, create_time);

-- A9 supervision measures, configuration: the states (with the subject status they impose) and the allowed
-- transitions with the roles that may take them. Admins edit both through PUT /api/safety/measure-rules.
CREATE TABLE safety_measure_state (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(50) NOT NULL,
    -- NORMAL / ABNORMAL / LOCKED imposed on the subject while a measure is in this state; NULL = no effect
    subject_status VARCHAR(16),
    -- entering this state requires penalty amounts (checked against the items' penalty ranges)
    penalty SMALLINT NOT NULL DEFAULT 0,
    terminal SMALLINT NOT NULL DEFAULT 0,
    sort_no INT NOT NULL DEFAULT 0,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);

CREATE TABLE safety_measure_transition (
    id BIGINT NOT NULL PRIMARY KEY,
    from_state VARCHAR(32) NOT NULL,
    to_state VARCHAR(32) NOT NULL,
    -- comma-separated role codes that may take this step
    roles VARCHAR(500) NOT NULL,
    sort_no INT NOT NULL DEFAULT 0,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_measure_transition ON safety_measure_transition (from_state, to_state);

INSERT INTO safety_measure_state (code, name, subject_status, penalty, terminal, sort_no) VALUES
 ('RECHECK', '复查', 'ABNORMAL', 0, 0, 1),
 ('PENALTY', '处罚', 'ABNORMAL', 1, 0, 2),
 ('RECTIFICATION', '整改', 'LOCKED', 0, 0, 3),
 ('SUSPENSION', '停业整顿', 'LOCKED', 0, 0, 4),
 ('REVOCATION', '吊销许可', 'LOCKED', 0, 1, 5),
 ('CLOSED', '结案', 'NORMAL', 0, 1, 6);

INSERT INTO safety_measure_transition (id, from_state, to_state, roles, sort_no) VALUES
 (3750001, 'RECHECK', 'PENALTY', 'dept_leader', 1),
 (3750002, 'RECHECK', 'RECTIFICATION', 'inspector,dept_leader', 2),
 (3750003, 'RECHECK', 'CLOSED', 'inspector,dept_leader', 3),
 (3750004, 'PENALTY', 'RECTIFICATION', 'dept_leader', 4),
 (3750005, 'PENALTY', 'SUSPENSION', 'dept_leader', 5),
 (3750006, 'PENALTY', 'CLOSED', 'dept_leader', 6),
 (3750007, 'RECTIFICATION', 'RECHECK', 'inspector,dept_leader', 7),
 (3750008, 'RECTIFICATION', 'SUSPENSION', 'dept_leader', 8),
 (3750009, 'RECTIFICATION', 'CLOSED', 'dept_leader', 9),
 (3750010, 'SUSPENSION', 'RECHECK', 'dept_leader', 10),
 (3750011, 'SUSPENSION', 'REVOCATION', 'dept_leader', 11),
 (3750012, 'SUSPENSION', 'CLOSED', 'dept_leader', 12);

-- A9: one supervision measure case opened on an inspection's unqualified items. open_inspection_id = the
-- inspection while the case is not in a terminal state (one running case per inspection). version guards
-- concurrent transitions (exactly one wins).
CREATE TABLE safety_measure (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    inspection_id BIGINT NOT NULL,
    open_inspection_id BIGINT,
    inspector_id BIGINT NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    -- comma-separated ids of the unqualified check items the case is about
    item_ids VARCHAR(1000) NOT NULL,
    state VARCHAR(32) NOT NULL,
    terminal SMALLINT NOT NULL DEFAULT 0,
    penalty_total DECIMAL(14, 2),
    out_of_range SMALLINT NOT NULL DEFAULT 0,
    last_actor_id BIGINT,
    last_action_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_measure_open ON safety_measure (open_inspection_id);
CREATE INDEX ix_safety_measure_subject ON safety_measure (subject_id, state);
CREATE INDEX ix_safety_measure_grid ON safety_measure (grid_id, create_time);
CREATE INDEX ix_safety_measure_checked ON safety_measure (checked_at);

-- The archive's trail: every step of a case (OPEN, then one row per transition), append-only.
CREATE TABLE safety_measure_step (
    id BIGINT NOT NULL PRIMARY KEY,
    measure_id BIGINT NOT NULL,
    seq INT NOT NULL,
    from_state VARCHAR(32),
    to_state VARCHAR(32) NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name VARCHAR(64),
    note VARCHAR(500),
    -- JSON array [{itemId, amount, min, max, outOfRange}] for penalty steps
    penalties VARCHAR(2000),
    amount DECIMAL(14, 2),
    out_of_range SMALLINT NOT NULL DEFAULT 0,
    create_time TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX uk_safety_measure_step ON safety_measure_step (measure_id, seq);

-- A3: why a due pair went to someone other than its responsible inspector, or to nobody.
ALTER TABLE safety_recheck_assignment ADD COLUMN reassigned_from BIGINT;
ALTER TABLE safety_recheck_assignment ADD COLUMN note VARCHAR(200);
CREATE INDEX ix_safety_recheck_assignment_status ON safety_recheck_assignment (status, grid_id);

-- Permissions (ids 3750-3899) under 安全监管 (3000).
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (3750, 3000, 'PAGE',   'safety:measure:list',   '监管措施档案', '/safety/measure', 'safety/measure/index', 'AuditOutlined', 40),
 (3751, 3750, 'BUTTON', 'safety:measure:open',   '发起监管措施', NULL, NULL, NULL, 1),
 (3752, 3750, 'BUTTON', 'safety:measure:act',    '办理监管措施', NULL, NULL, NULL, 2),
 (3753, 3750, 'BUTTON', 'safety:measure:export', '导出监管档案', NULL, NULL, NULL, 3),
 (3754, 3750, 'BUTTON', 'safety:measure:config', '配置措施流转规则', NULL, NULL, NULL, 4),
 (3760, 3000, 'PAGE',   'safety:appeal:list',    '申诉管理',     '/safety/appeal', 'safety/appeal/index', 'MessageOutlined', 41),
 (3761, 3760, 'BUTTON', 'safety:appeal:submit',  '提交申诉',     NULL, NULL, NULL, 1),
 (3762, 3760, 'BUTTON', 'safety:appeal:answer',  '答复申诉',     NULL, NULL, NULL, 2),
 (3763, 3000, 'API',    'safety:enterprise:inspection', '企业查看本单位检查记录', NULL, NULL, NULL, 42),
 (3770, 3000, 'PAGE',   'safety:review:list',    '审核管理',     '/safety/review', 'safety/review/index', 'FileSearchOutlined', 43),
 (3771, 3770, 'BUTTON', 'safety:review:handle',  '审核企业资料', NULL, NULL, NULL, 1),
 (3772, 3000, 'API',    'safety:review:submit',  '企业提交资料审核', NULL, NULL, NULL, 44),
 (3780, 3000, 'API',    'safety:recheck:manage', '查看未分配/改派的复查', NULL, NULL, NULL, 45);
