-- Safety supervision (issue 5, A1–A10): data model of the safetycore helper.
-- Plain entities are online forms (form-schemas/safety_*.json). Their tables are created here as well, with
-- exactly the columns and indexes the online engine's DDL sync derives from the form files, so that
-- migrations (demo data, later bands) can insert rows before the engine runs; the sync then finds
-- nothing to change. Keep the two in step when a form file changes.

-- Dictionary of the 16 main-responsibility groups (安全生产十六项主体责任); subject_status, check_result,
-- enable_status exist since V1_4_1.
INSERT INTO sys_dict (id, code, name, description) VALUES
 (3001, 'safety_item_group', '主体责任分组', '安全生产十六项主体责任'),
 (3002, 'safety_subject_type', '主体类型', '企业 / 个体工商户'),
 (3003, 'safety_check_type', '检查类型', '日常 / 复查 / 随机抽检 / 特种检查'),
 (3004, 'safety_qr_status', '二维码状态', '绑定 / 已解绑');
INSERT INTO sys_dict_item (id, dict_id, item_value, item_label, sort_no) VALUES
 (300101, 3001, 'R01', '安全生产责任制', 1),
 (300102, 3001, 'R02', '安全生产管理机构及人员', 2),
 (300103, 3001, 'R03', '安全生产规章制度', 3),
 (300104, 3001, 'R04', '安全操作规程', 4),
 (300105, 3001, 'R05', '安全生产投入', 5),
 (300106, 3001, 'R06', '安全培训教育', 6),
 (300107, 3001, 'R07', '特种作业人员持证上岗', 7),
 (300108, 3001, 'R08', '隐患排查治理', 8),
 (300109, 3001, 'R09', '重大危险源管理', 9),
 (300110, 3001, 'R10', '应急预案及演练', 10),
 (300111, 3001, 'R11', '事故报告及处理', 11),
 (300112, 3001, 'R12', '劳动防护用品', 12),
 (300113, 3001, 'R13', '设备设施安全', 13),
 (300114, 3001, 'R14', '车辆动态监控', 14),
 (300115, 3001, 'R15', '从业人员管理', 15),
 (300116, 3001, 'R16', '安全生产标准化', 16),
 (300201, 3002, 'ENTERPRISE', '企业', 1),
 (300202, 3002, 'INDIVIDUAL', '个体工商户', 2),
 (300301, 3003, 'DAILY', '日常检查', 1),
 (300302, 3003, 'RECHECK', '复查', 2),
 (300303, 3003, 'SAMPLING', '随机抽检', 3),
 (300304, 3003, 'SPECIAL', '特种检查', 4),
 (300401, 3004, 'BOUND', '正常', 1),
 (300402, 3004, 'UNBOUND', '已解绑', 2);

-- online form safety_industry (行业管理)
CREATE TABLE safety_industry (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(50),
    code VARCHAR(32),
    sort_no INT,
    status VARCHAR(16),
    description TEXT,
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);

-- online form safety_check_item (监督检查项)
CREATE TABLE safety_check_item (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    item_group VARCHAR(16),
    cycle_days INT,
    penalty_min DECIMAL(12,2),
    penalty_max DECIMAL(12,2),
    content TEXT,
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
CREATE INDEX ix_safety_check_item_group ON safety_check_item (item_group);

-- online form safety_special_matter (特种事项)
CREATE TABLE safety_special_matter (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    start_date DATE,
    end_date DATE,
    cycle_days INT,
    content TEXT,
    status VARCHAR(16),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);

-- online form safety_equipment_type (特种设备类型)
CREATE TABLE safety_equipment_type (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    category VARCHAR(50),
    care_cycle_days INT,
    check_cycle_days INT,
    description VARCHAR(500),
    status VARCHAR(16),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);

-- online form safety_subject (被检查主体)
CREATE TABLE safety_subject (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100),
    subject_type VARCHAR(16),
    credit_code VARCHAR(18),
    legal_person VARCHAR(50),
    phone VARCHAR(20),
    address VARCHAR(200),
    business_scope VARCHAR(500),
    registered_date DATE,
    expiry_date DATE,
    dept_id BIGINT,
    industry_id BIGINT,
    status VARCHAR(16),
    longitude DECIMAL(10,6),
    latitude DECIMAL(10,6),
    intro TEXT,
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    grid_id BIGINT,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_safety_subject_industry ON safety_subject (industry_id);
CREATE INDEX ix_safety_subject_dept ON safety_subject (dept_id);
CREATE INDEX ix_safety_subject_grid ON safety_subject (grid_id);

-- online form safety_vehicle (企业车辆)
CREATE TABLE safety_vehicle (
    id BIGINT NOT NULL PRIMARY KEY,
    subject_id BIGINT,
    plate_no VARCHAR(16),
    vehicle_model VARCHAR(100),
    license_no VARCHAR(50),
    annual_inspection_date DATE,
    purchase_date DATE,
    operating_params VARCHAR(500),
    driver_name VARCHAR(50),
    driver_phone VARCHAR(20),
    insurance_company VARCHAR(100),
    insurance_expiry DATE,
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    grid_id BIGINT,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_safety_vehicle_subject ON safety_vehicle (subject_id);
CREATE INDEX ix_safety_vehicle_grid ON safety_vehicle (grid_id);

-- online form safety_employee (从业人员)
CREATE TABLE safety_employee (
    id BIGINT NOT NULL PRIMARY KEY,
    subject_id BIGINT,
    name VARCHAR(50),
    sex VARCHAR(4),
    age INT,
    id_card VARCHAR(18),
    phone VARCHAR(20),
    driving_licence VARCHAR(100),
    health_status VARCHAR(50),
    job VARCHAR(50),
    household_address VARCHAR(200),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    grid_id BIGINT,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_safety_employee_subject ON safety_employee (subject_id);
CREATE INDEX ix_safety_employee_grid ON safety_employee (grid_id);

-- online form safety_work_log (工作日志)
CREATE TABLE safety_work_log (
    id BIGINT NOT NULL PRIMARY KEY,
    log_date DATE,
    title VARCHAR(100),
    subject_id BIGINT,
    content TEXT,
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    grid_id BIGINT,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);
CREATE INDEX ix_safety_work_log_grid ON safety_work_log (grid_id);

-- online form safety_news (最新资讯)
CREATE TABLE safety_news (
    id BIGINT NOT NULL PRIMARY KEY,
    title VARCHAR(200),
    category VARCHAR(16),
    publish_time DATETIME,
    cover_file_id BIGINT,
    content TEXT,
    status VARCHAR(16),
    tenant_id BIGINT DEFAULT 1 NOT NULL,
    version INT DEFAULT 0 NOT NULL,
    del_flag SMALLINT DEFAULT 0 NOT NULL,
    create_by VARCHAR(64),
    create_time DATETIME,
    update_by VARCHAR(64),
    update_time DATETIME
);

-- A1: which supervision items (SUPERVISION) and which self-check items (SELF_CHECK) apply to an industry.
CREATE TABLE safety_industry_item (
    id BIGINT NOT NULL PRIMARY KEY,
    industry_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_industry_item ON safety_industry_item (industry_id, item_id, kind);
CREATE INDEX ix_safety_industry_item_item ON safety_industry_item (item_id);

-- A9: check items bound to an inspector; items outside this set are out of remit (A5 escalation).
CREATE TABLE safety_inspector_item (
    id BIGINT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_inspector_item ON safety_inspector_item (user_id, item_id);
CREATE INDEX ix_safety_inspector_item_item ON safety_inspector_item (item_id);

-- A2/A10: one immutable code per subject. The QR image carries code + HMAC signature, never the subject id.
CREATE TABLE safety_subject_qrcode (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    subject_id BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'BOUND',
    unbind_reason VARCHAR(200),
    unbound_by VARCHAR(64),
    unbound_time TIMESTAMP NULL,
    print_count INT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_subject_qrcode_subject ON safety_subject_qrcode (subject_id);
CREATE UNIQUE INDEX uk_safety_subject_qrcode_code ON safety_subject_qrcode (code);

-- A10: every print / download of a QR code: who, when, how many copies.
CREATE TABLE safety_qr_print_log (
    id BIGINT NOT NULL PRIMARY KEY,
    subject_id BIGINT NOT NULL,
    qrcode_id BIGINT NOT NULL,
    action VARCHAR(16) NOT NULL,
    copies INT NOT NULL,
    user_id BIGINT,
    username VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_qr_print_log_subject ON safety_qr_print_log (subject_id, create_time);

-- A8: the enterprise account bound to its subject by scanning the subject's own QR code (one each way).
CREATE TABLE safety_subject_account (
    id BIGINT NOT NULL PRIMARY KEY,
    subject_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_subject_account_subject ON safety_subject_account (subject_id);
CREATE UNIQUE INDEX uk_safety_subject_account_user ON safety_subject_account (user_id);

-- A3: per subject and check item: last result and when it is due again. version = optimistic lock for
-- concurrent inspections; grid_id copies the subject's grid for isolation.
CREATE TABLE safety_subject_item_state (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    last_result VARCHAR(16),
    last_inspection_id BIGINT,
    last_checked_at TIMESTAMP NULL,
    due_at TIMESTAMP NULL,
    assigned_inspector_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_subject_item_state ON safety_subject_item_state (subject_id, item_id);
CREATE INDEX ix_safety_subject_item_state_due ON safety_subject_item_state (due_at);
CREATE INDEX ix_safety_subject_item_state_grid ON safety_subject_item_state (grid_id);
CREATE INDEX ix_safety_subject_item_state_insp ON safety_subject_item_state (assigned_inspector_id, last_result);

-- A6: one inspection visit (header) and its item results with attachments.
CREATE TABLE safety_inspection (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    inspector_id BIGINT NOT NULL,
    check_type VARCHAR(16) NOT NULL DEFAULT 'DAILY',
    source_id BIGINT,
    checked_at TIMESTAMP NOT NULL,
    qualified_count INT NOT NULL DEFAULT 0,
    unqualified_count INT NOT NULL DEFAULT 0,
    ignored_count INT NOT NULL DEFAULT 0,
    remark VARCHAR(500),
    longitude DECIMAL(10,6),
    latitude DECIMAL(10,6),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_inspection_subject ON safety_inspection (subject_id, checked_at);
CREATE INDEX ix_safety_inspection_inspector ON safety_inspection (inspector_id, checked_at);
CREATE INDEX ix_safety_inspection_grid ON safety_inspection (grid_id);

CREATE TABLE safety_inspection_result (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    inspection_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    result VARCHAR(16) NOT NULL,
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_inspection_result_insp ON safety_inspection_result (inspection_id);
CREATE INDEX ix_safety_inspection_result_item ON safety_inspection_result (subject_id, item_id);
CREATE INDEX ix_safety_inspection_result_grid ON safety_inspection_result (grid_id);

CREATE TABLE safety_inspection_attachment (
    id BIGINT NOT NULL PRIMARY KEY,
    inspection_id BIGINT NOT NULL,
    result_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_inspection_attachment_result ON safety_inspection_attachment (result_id);

-- A3: a due (subject, item) pair handed to the responsible inspector by the recheck job. The unique key
-- makes the job idempotent: a pair due at one instant is assigned at most once.
CREATE TABLE safety_recheck_assignment (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    due_at TIMESTAMP NOT NULL,
    inspector_id BIGINT,
    status VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    done_inspection_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_recheck_assignment ON safety_recheck_assignment (subject_id, item_id, due_at);
CREATE INDEX ix_safety_recheck_assignment_insp ON safety_recheck_assignment (inspector_id, status);
CREATE INDEX ix_safety_recheck_assignment_grid ON safety_recheck_assignment (grid_id);

-- Watermarks of incremental jobs (the recheck job keeps the instant up to which due pairs were handled).
CREATE TABLE safety_job_watermark (
    job_name VARCHAR(64) NOT NULL PRIMARY KEY,
    watermark TIMESTAMP NOT NULL,
    update_time TIMESTAMP NULL
);

-- Uploaded files (inspection photos / video). storage = LOCAL or S3; object_key is relative to the store.
CREATE TABLE traffic_file (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    original_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    storage VARCHAR(16) NOT NULL,
    object_key VARCHAR(255) NOT NULL,
    owner_id BIGINT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX ix_traffic_file_owner ON traffic_file (owner_id);
