-- A8 enterprise self-check and special equipment (issue 5, item 6). Hand-written tables: the flows have
-- states, reviews and cycles that the generic online CRUD cannot keep consistent.

-- One self-check per subject and period (period key 2026-11 / 2026-Q4 / 2026 after safety.self-check.period).
-- DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED → (edited) → SUBMITTED …; round_no counts submissions.
CREATE TABLE safety_self_check (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    industry_id BIGINT NOT NULL,
    period_key VARCHAR(16) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
    round_no INT NOT NULL DEFAULT 0,
    qualified_count INT NOT NULL DEFAULT 0,
    unqualified_count INT NOT NULL DEFAULT 0,
    submitted_by BIGINT,
    submitted_at TIMESTAMP NULL,
    reviewer_id BIGINT,
    reviewed_at TIMESTAMP NULL,
    review_note VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_self_check_period ON safety_self_check (subject_id, period_key);
CREATE INDEX ix_safety_self_check_grid ON safety_self_check (grid_id, status);
CREATE INDEX ix_safety_self_check_period ON safety_self_check (period_key, status);

-- The current answers of a self-check (replaced while DRAFT/RETURNED; each submission is also kept as a
-- snapshot in safety_review_trail, so a returned round stays readable after the enterprise edits it).
CREATE TABLE safety_self_check_result (
    id BIGINT NOT NULL PRIMARY KEY,
    self_check_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    result VARCHAR(16) NOT NULL,
    remark VARCHAR(500),
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_self_check_result ON safety_self_check_result (self_check_id, item_id);

CREATE TABLE safety_self_check_attachment (
    id BIGINT NOT NULL PRIMARY KEY,
    self_check_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    create_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_self_check_attachment ON safety_self_check_attachment (self_check_id);

-- Append-only history of the reviewed flows (self-check, equipment declaration): who did what, the reason,
-- and for a submission the JSON snapshot of what was submitted.
CREATE TABLE safety_review_trail (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    biz_type VARCHAR(32) NOT NULL,
    biz_id BIGINT NOT NULL,
    round_no INT NOT NULL DEFAULT 0,
    action VARCHAR(16) NOT NULL,
    actor_id BIGINT NOT NULL,
    actor_name VARCHAR(64),
    note VARCHAR(500),
    snapshot LONGTEXT,
    create_time TIMESTAMP NOT NULL
);
CREATE INDEX ix_safety_review_trail_biz ON safety_review_trail (biz_type, biz_id);

-- Special equipment declared by the enterprise: PENDING → APPROVED, or PENDING → RETURNED → (edited) → PENDING.
CREATE TABLE safety_equipment (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    type_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    model_no VARCHAR(100),
    serial_no VARCHAR(100) NOT NULL,
    location VARCHAR(200),
    install_date DATE,
    last_care_date DATE,
    last_check_date DATE,
    remark VARCHAR(500),
    status VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    reviewer_id BIGINT,
    reviewed_at TIMESTAMP NULL,
    review_note VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_equipment_serial ON safety_equipment (subject_id, serial_no);
CREATE INDEX ix_safety_equipment_grid ON safety_equipment (grid_id, status);

-- Maintenance cycles of an approved equipment, one per kind (CARE 日常保养 / CHECK 定期检查) whose cycle the
-- equipment type defines. warned_due_on = the due date an overdue warning was sent for (one warning per cycle).
CREATE TABLE safety_equipment_cycle (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    cycle_days INT NOT NULL,
    last_done_on DATE,
    next_due_on DATE NOT NULL,
    warned_due_on DATE,
    version INT NOT NULL DEFAULT 0,
    create_time TIMESTAMP NULL,
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_safety_equipment_cycle ON safety_equipment_cycle (equipment_id, kind);
CREATE INDEX ix_safety_equipment_cycle_due ON safety_equipment_cycle (next_due_on);

CREATE TABLE safety_equipment_maintenance (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL,
    cycle_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    done_on DATE NOT NULL,
    content VARCHAR(1000) NOT NULL,
    reporter_id BIGINT NOT NULL,
    previous_due_on DATE,
    next_due_on DATE NOT NULL,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_equipment_maintenance ON safety_equipment_maintenance (equipment_id, done_on);

-- Files of a declaration (maintenance_id NULL: 使用登记证, 铭牌…) or of a maintenance report.
CREATE TABLE safety_equipment_file (
    id BIGINT NOT NULL PRIMARY KEY,
    equipment_id BIGINT NOT NULL,
    maintenance_id BIGINT,
    file_id BIGINT NOT NULL,
    create_time TIMESTAMP NULL
);
CREATE INDEX ix_safety_equipment_file ON safety_equipment_file (equipment_id);

INSERT INTO sys_config (id, tenant_id, config_key, config_value, value_type, description, editable) VALUES
 (3600, NULL, 'safety.self-check.period', 'MONTH', 'STRING', '企业自检周期：MONTH 每月、QUARTER 每季度、YEAR 每年', 1),
 (3601, NULL, 'safety.self-check.remind-days', '7', 'INT', '自检周期结束前多少天起提醒尚未提交自检的企业', 1);

-- API codes (ids 3600-3749 belong to safety-selfcheck), under 安全监管 (3000).
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (3600, 3000, 'API', 'safety:self-check:fill',    '企业自检填报',         NULL, NULL, NULL, 40),
 (3601, 3000, 'API', 'safety:self-check:review',  '审核企业自检',         NULL, NULL, NULL, 41),
 (3610, 3000, 'API', 'safety:equipment:declare',  '特种设备申报与维保上报', NULL, NULL, NULL, 42),
 (3611, 3000, 'API', 'safety:equipment:review',   '审核特种设备申报',     NULL, NULL, NULL, 43);
