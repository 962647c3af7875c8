-- Smart enforcement (issue 6, B1-B17), enf-core part: categories, subjects, holiday calendar, versioned routes,
-- cases with their stage instances, action trail and verification records (docs/enforcement.md).
-- Portable DDL (H2 MySQL mode + MariaDB); ids assigned by the application.
-- The three online forms' tables are created here with exactly the columns and indexes the online engine
-- derives from form-schemas/enforcement_*.json (demo migrations insert rows before the engine runs): declared
-- non-unique indexes carry the row-scope columns del_flag, tenant_id (, id, grid_id for grid-scoped forms) as
-- DdlPlanner appends them (docs/online-forms.md, "List performance"), so the start-up sync changes nothing.

-- online form enforcement_case_category (案件分类, tree: major class = root, minor class = child)
CREATE TABLE enforcement_case_category (
    id BIGINT NOT NULL PRIMARY KEY,
    parent_id BIGINT DEFAULT 0 NOT NULL,
    name VARCHAR(100),
    code VARCHAR(32),
    level VARCHAR(8),
    description VARCHAR(1000),
    fine_min DECIMAL(12,2),
    fine_max DECIMAL(12,2),
    sort_no INT,
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_enforcement_case_category_parent ON enforcement_case_category (parent_id, del_flag, tenant_id);

-- online form enforcement_subject (执法对象, grid-scoped); phone and id_no are the engine's sensitive fields
-- ("sensitive": "phone" / "idcard"): AES-GCM ciphertext sized for the declared length (20 → 144, 18 → 136),
-- <field>_hash the HMAC blind index
CREATE TABLE enforcement_subject (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    subject_type VARCHAR(16),
    contact VARCHAR(50),
    phone VARCHAR(144),
    phone_hash VARCHAR(64),
    id_no VARCHAR(136),
    id_no_hash VARCHAR(64),
    plate VARCHAR(16),
    address VARCHAR(200),
    status VARCHAR(16),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    grid_id BIGINT,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_enforcement_subject_id_no ON enforcement_subject (id_no_hash, del_flag, tenant_id, id, grid_id);
CREATE INDEX ix_enforcement_subject_phone ON enforcement_subject (phone_hash, del_flag, tenant_id, id, grid_id);
CREATE INDEX ix_enforcement_subject_name ON enforcement_subject (name, del_flag, tenant_id, id, grid_id);
CREATE INDEX ix_enforcement_subject_grid ON enforcement_subject (grid_id);

-- online form enforcement_holiday (节假日日历)
CREATE TABLE enforcement_holiday (
    id BIGINT NOT NULL PRIMARY KEY,
    holiday_date DATE,
    kind VARCHAR(8),
    name VARCHAR(50),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_enforcement_holiday_day ON enforcement_holiday (holiday_date, del_flag, tenant_id);

-- A route of a minor class. Editing makes a new version (active = 1, the previous one 0); a case keeps the
-- route_id it was created with.
CREATE TABLE enforcement_route (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    category_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    active SMALLINT NOT NULL DEFAULT 1,
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_enforcement_route_version ON enforcement_route (category_id, version_no);
CREATE INDEX ix_enforcement_route_active ON enforcement_route (category_id, active);

-- the ordered stages of a route version (immutable once written)
CREATE TABLE enforcement_route_stage (
    id BIGINT NOT NULL PRIMARY KEY,
    route_id BIGINT NOT NULL,
    seq INT NOT NULL,
    -- INTAKE DISPATCH VERIFY FILE EVIDENCE MEASURES TRANSFER CLOSE PUBLICITY APPEAL DISPOSAL
    stage_code VARCHAR(16) NOT NULL,
    stage_name VARCHAR(50) NOT NULL,
    -- comma-separated sys_role codes allowed to act on the stage
    role_codes VARCHAR(500) NOT NULL,
    time_limit INT,
    -- HOURS or WORKING_DAYS; NULL = no time limit
    time_unit VARCHAR(16)
);
CREATE UNIQUE INDEX uk_enforcement_route_stage ON enforcement_route_stage (route_id, seq);

CREATE TABLE enforcement_case (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    case_no VARCHAR(32) NOT NULL,
    -- random code behind the signed public token (QR code, public page)
    public_code VARCHAR(32) NOT NULL,
    category_id BIGINT NOT NULL,
    subject_id BIGINT,
    route_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    dept_id BIGINT,
    -- STAFF (entered by a user) or IMPORT (third-party system)
    source VARCHAR(16) NOT NULL,
    source_name VARCHAR(32),
    source_ref VARCHAR(64),
    content VARCHAR(4000) NOT NULL,
    plate VARCHAR(16),
    driver_id_enc VARCHAR(200),
    driver_id_hash VARCHAR(64),
    -- JSON array of file ids (photos, video)
    media VARCHAR(2000),
    -- OPEN or CLOSED
    status VARCHAR(16) NOT NULL,
    current_stage_id BIGINT,
    current_seq INT NOT NULL,
    current_stage VARCHAR(16) NOT NULL,
    stage_deadline TIMESTAMP NULL,
    paused SMALLINT NOT NULL DEFAULT 0,
    assignee_id BIGINT,
    reporter_id BIGINT,
    closed_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_enforcement_case_no ON enforcement_case (case_no);
CREATE UNIQUE INDEX uk_enforcement_case_public ON enforcement_case (public_code);
-- a third-party case number enters once per source (import is idempotent)
CREATE UNIQUE INDEX uk_enforcement_case_source ON enforcement_case (source_name, source_ref);
CREATE INDEX ix_enforcement_case_grid ON enforcement_case (grid_id, status);
CREATE INDEX ix_enforcement_case_assignee ON enforcement_case (assignee_id, status);
CREATE INDEX ix_enforcement_case_category ON enforcement_case (category_id);
CREATE INDEX ix_enforcement_case_subject ON enforcement_case (subject_id);

-- One row per stage a case entered (entry_no counts the entries of the case).
CREATE TABLE enforcement_case_stage (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    case_id BIGINT NOT NULL,
    entry_no INT NOT NULL,
    seq INT NOT NULL,
    stage_code VARCHAR(16) NOT NULL,
    stage_name VARCHAR(50) NOT NULL,
    role_codes VARCHAR(500) NOT NULL,
    grid_id BIGINT NOT NULL,
    -- ACTIVE (the case's current stage) or DONE
    state VARCHAR(8) NOT NULL,
    entered_time TIMESTAMP NOT NULL,
    deadline TIMESTAMP NULL,
    paused_at TIMESTAMP NULL,
    paused_millis BIGINT NOT NULL DEFAULT 0,
    finished_time TIMESTAMP NULL,
    finished_by BIGINT,
    overdue_warned SMALLINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX uk_enforcement_case_stage ON enforcement_case_stage (case_id, entry_no);
-- the overdue job's scan: active, not yet warned, deadline passed
CREATE INDEX ix_enforcement_case_stage_due ON enforcement_case_stage (state, overdue_warned, deadline);

-- The action trail, append-only: every action with actor, time, opinion, internal note and media.
CREATE TABLE enforcement_case_action (
    id BIGINT NOT NULL PRIMARY KEY,
    case_id BIGINT NOT NULL,
    stage_entry_id BIGINT,
    stage_code VARCHAR(16),
    action VARCHAR(32) NOT NULL,
    -- NULL for system actions (automatic filing, jobs)
    actor_id BIGINT,
    actor_name VARCHAR(64) NOT NULL,
    opinion VARCHAR(2000),
    -- never shown on the public page
    internal_note VARCHAR(2000),
    media VARCHAR(2000),
    -- 1 = the opinion may be shown on the public case page
    public_flag SMALLINT NOT NULL DEFAULT 0,
    -- JSON of action-specific data (dispatch target, handler output)
    detail VARCHAR(4000),
    create_time TIMESTAMP NOT NULL
);
CREATE INDEX ix_enforcement_case_action_case ON enforcement_case_action (case_id, create_time);

-- B4 verification record (核实): cause, the enterprise's opinion, corrections, process, media
CREATE TABLE enforcement_case_verification (
    id BIGINT NOT NULL PRIMARY KEY,
    case_id BIGINT NOT NULL,
    stage_entry_id BIGINT NOT NULL,
    cause VARCHAR(2000) NOT NULL,
    enterprise_opinion VARCHAR(2000),
    correction VARCHAR(2000),
    process VARCHAR(2000) NOT NULL,
    media VARCHAR(2000),
    verifier_id BIGINT NOT NULL,
    create_time TIMESTAMP NOT NULL
);
CREATE INDEX ix_enforcement_case_verification ON enforcement_case_verification (case_id);

-- daily case number counter (ZF + yyyyMMdd + 5 digits)
CREATE TABLE enforcement_case_seq (
    seq_day VARCHAR(8) NOT NULL PRIMARY KEY,
    next_no INT NOT NULL
);

-- 执法管理 menu (ids 4000-4199 belong to enf-core). Online form pages sit here (the online engine's permission
-- registrar finds the codes and does not create them again); API codes guard the hand-written endpoints.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (4000, 0, 'MENU', NULL, '执法管理', '/enforcement', NULL, 'AuditOutlined', 30),
 (4010, 4000, 'PAGE', 'online:enforcement_case_category:list', '案件分类', '/online/data/enforcement_case_category', 'online/data/index', 'ApartmentOutlined', 1),
 (4011, 4010, 'BUTTON', 'online:enforcement_case_category:add', '新增案件分类', NULL, NULL, NULL, 1),
 (4012, 4010, 'BUTTON', 'online:enforcement_case_category:edit', '编辑案件分类', NULL, NULL, NULL, 2),
 (4013, 4010, 'BUTTON', 'online:enforcement_case_category:delete', '删除案件分类', NULL, NULL, NULL, 3),
 (4014, 4010, 'BUTTON', 'online:enforcement_case_category:import', '导入案件分类', NULL, NULL, NULL, 4),
 (4015, 4010, 'BUTTON', 'online:enforcement_case_category:export', '导出案件分类', NULL, NULL, NULL, 5),
 (4020, 4000, 'PAGE', 'online:enforcement_subject:list', '执法对象', '/online/data/enforcement_subject', 'online/data/index', 'IdcardOutlined', 2),
 (4021, 4020, 'BUTTON', 'online:enforcement_subject:add', '新增执法对象', NULL, NULL, NULL, 1),
 (4022, 4020, 'BUTTON', 'online:enforcement_subject:edit', '编辑执法对象', NULL, NULL, NULL, 2),
 (4023, 4020, 'BUTTON', 'online:enforcement_subject:delete', '删除执法对象', NULL, NULL, NULL, 3),
 (4024, 4020, 'BUTTON', 'online:enforcement_subject:import', '导入执法对象', NULL, NULL, NULL, 4),
 (4025, 4020, 'BUTTON', 'online:enforcement_subject:export', '导出执法对象', NULL, NULL, NULL, 5),
 (4030, 4000, 'PAGE', 'online:enforcement_holiday:list', '节假日日历', '/online/data/enforcement_holiday', 'online/data/index', 'CalendarOutlined', 3),
 (4031, 4030, 'BUTTON', 'online:enforcement_holiday:add', '新增节假日', NULL, NULL, NULL, 1),
 (4032, 4030, 'BUTTON', 'online:enforcement_holiday:edit', '编辑节假日', NULL, NULL, NULL, 2),
 (4033, 4030, 'BUTTON', 'online:enforcement_holiday:delete', '删除节假日', NULL, NULL, NULL, 3),
 (4034, 4030, 'BUTTON', 'online:enforcement_holiday:import', '导入节假日', NULL, NULL, NULL, 4),
 (4035, 4030, 'BUTTON', 'online:enforcement_holiday:export', '导出节假日', NULL, NULL, NULL, 5),
 (4040, 4000, 'PAGE', 'enforcement:route:list', '流转路线', '/enforcement/routes', 'enforcement/route/index', 'NodeIndexOutlined', 4),
 (4041, 4040, 'BUTTON', 'enforcement:route:edit', '编辑流转路线', NULL, NULL, NULL, 1),
 (4050, 4000, 'API', 'enforcement:case:list', '查看执法案件', NULL, NULL, NULL, 90),
 (4051, 4000, 'API', 'enforcement:case:add', '登记执法案件', NULL, NULL, NULL, 91),
 (4052, 4000, 'API', 'enforcement:case:act', '办理案件环节', NULL, NULL, NULL, 92);
