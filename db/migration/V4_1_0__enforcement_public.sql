-- Enforcement, public side (issue 6: B7 appeals, B8 automatic filing, B9 measures and publication, B10 archive,
-- B15/B17 statistics). Band V4_1_x belongs to enf-public; the case flow tables are enf-core's (V4_0_x).
-- Portable DDL (H2 MySQL mode + MariaDB 10.11); ids assigned by the application.

INSERT INTO sys_dict (id, code, name, description) VALUES
 (4201, 'enforcement_measure_type', '处置措施类型', 'B9 罚款 / 停业整顿 / 吊销 / 移送公安（表单 enforcement_measure 以内联选项校验，本字典供其他页面显示）'),
 (4202, 'enforcement_appeal_status', '申诉状态', 'B7 待答复 / 已采纳 / 已驳回');
INSERT INTO sys_dict_item (id, dict_id, item_value, item_label, sort_no, color) VALUES
 (420101, 4201, 'FINE', '罚款', 1, 'orange'),
 (420102, 4201, 'SUSPENSION', '停业整顿', 2, 'volcano'),
 (420103, 4201, 'REVOCATION', '吊销许可', 3, 'red'),
 (420104, 4201, 'POLICE_REFERRAL', '移送公安', 4, 'purple'),
 (420201, 4202, 'PENDING', '待答复', 1, 'blue'),
 (420202, 4202, 'ACCEPTED', '已采纳', 2, 'green'),
 (420203, 4202, 'REJECTED', '已驳回', 3, 'red');

-- online form enforcement_measure (处置措施目录): the same columns and index the engine derives from
-- form-schemas/enforcement_measure.json (the declared index with the row-scope columns DdlPlanner appends),
-- so demo rows can be inserted before the engine runs and the start-up sync changes nothing.
CREATE TABLE enforcement_measure (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    measure_type VARCHAR(16),
    amount_min DECIMAL(12,2),
    amount_max DECIMAL(12,2),
    max_duration_days INT,
    legal_basis VARCHAR(500),
    description VARCHAR(500),
    sort_no INT,
    status VARCHAR(16),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_enforcement_measure_type ON enforcement_measure (measure_type, del_flag, tenant_id);

-- B7: an appeal of the enforced party, filed anonymously from the case's public page. seq is 1 or 2: the
-- unique key makes a third appeal (or two concurrent "second" appeals) impossible in the table itself.
-- The appellant's phone is kept encrypted (AES-GCM) with a keyed hash, never in plain text.
CREATE TABLE enforcement_appeal (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    case_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    seq INT NOT NULL,
    content VARCHAR(2000) NOT NULL,
    appellant VARCHAR(50) NOT NULL,
    phone_enc VARCHAR(255),
    phone_hash VARCHAR(64),
    -- JSON array of traffic_file ids uploaded through the public page of the same case
    media VARCHAR(1000),
    status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    reply VARCHAR(2000),
    replied_by BIGINT,
    reply_time TIMESTAMP NULL,
    -- keyed hash of the client address, for abuse investigation without storing the address
    client_hash VARCHAR(64),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_enforcement_appeal_seq ON enforcement_appeal (case_id, seq);
CREATE INDEX ix_enforcement_appeal_grid ON enforcement_appeal (grid_id, create_time);
CREATE INDEX ix_enforcement_appeal_status ON enforcement_appeal (status, create_time);

-- B9: the measures chosen for a case from the catalogue (a copy of the catalogue entry's name and type, so a
-- later catalogue edit does not rewrite history). out_of_range = a fine outside the class's range, confirmed
-- explicitly by confirmed_by. published_time set once the measures are published (public page, subject status).
CREATE TABLE enforcement_case_measure (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    case_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT,
    category_id BIGINT,
    measure_id BIGINT NOT NULL,
    measure_type VARCHAR(16) NOT NULL,
    measure_name VARCHAR(100) NOT NULL,
    amount DECIMAL(12,2),
    duration_days INT,
    range_min DECIMAL(12,2),
    range_max DECIMAL(12,2),
    out_of_range SMALLINT NOT NULL DEFAULT 0,
    confirmed_by BIGINT,
    note VARCHAR(500),
    published_time TIMESTAMP NULL,
    effective_until DATE,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX ix_enforcement_case_measure_case ON enforcement_case_measure (case_id);
CREATE INDEX ix_enforcement_case_measure_grid ON enforcement_case_measure (grid_id, create_time);
CREATE INDEX ix_enforcement_case_measure_subject ON enforcement_case_measure (subject_id);

-- The appeal-period job (B8) and the statistics scan open cases by their current stage; the engine's table
-- (enf-core, V4_0_0) has no index for that. The "my cases" list (B11) reads an enforcer's open cases by stage,
-- most urgent first (ORDER BY stage_deadline, id): one index serves the per-stage page and the per-stage counts,
-- another the page over all stages (and the overdue list). The primary key is named right after the deadline so
-- that index order is the list order (no filesort), and the filter columns (del_flag, grid_id) follow, so the
-- counts and the page's id list never read a table row.
CREATE INDEX ix_enforcement_case_open_stage ON enforcement_case (status, current_stage);
CREATE INDEX ix_enforcement_case_mine ON enforcement_case (assignee_id, status, current_stage, stage_deadline, id, del_flag, grid_id);
CREATE INDEX ix_enforcement_case_mine_due ON enforcement_case (assignee_id, status, stage_deadline, id, del_flag, grid_id);

-- Settings of the public side (sys_config, editable by admins).
INSERT INTO sys_config (id, tenant_id, config_key, config_value, value_type, description, editable) VALUES
 (4201, NULL, 'enforcement.appeal.period-days', '7', 'INT', '执法案件申诉期（天）：进入接受申诉环节后超过该期限未申诉或未再申诉，案件自动立案', 1),
 (4202, NULL, 'enforcement.public.appeals-per-ip-hour', '20', 'INT', '同一来源地址每小时最多提交的公开申诉次数', 1),
 (4203, NULL, 'enforcement.public.uploads-per-ip-hour', '30', 'INT', '同一来源地址每小时最多上传的申诉附件数', 1),
 (4204, NULL, 'enforcement.public.reads-per-ip-minute', '120', 'INT', '同一来源地址每分钟最多查看案件公开页的次数', 1);
