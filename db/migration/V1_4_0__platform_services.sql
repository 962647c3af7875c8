-- Platform services (P7, C1, P8 dictionaries/configuration): dictionaries, configuration items,
-- audit log, job run log and job locks. Dictionaries and configuration items are deleted physically
-- (their unique codes must be reusable); the audit and job logs are append-only.

CREATE TABLE sys_dict (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_dict_code ON sys_dict (code);

CREATE TABLE sys_dict_item (
    id BIGINT NOT NULL PRIMARY KEY,
    dict_id BIGINT NOT NULL,
    item_value VARCHAR(64) NOT NULL,
    item_label VARCHAR(100) NOT NULL,
    sort_no INT NOT NULL DEFAULT 0,
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    color VARCHAR(32),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_dict_item_value ON sys_dict_item (dict_id, item_value);

-- tenant_id NULL = system-wide value; a tenant row with the same key overrides it for that tenant.
CREATE TABLE sys_config (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NULL,
    config_key VARCHAR(100) NOT NULL,
    config_value VARCHAR(2000),
    value_type VARCHAR(16) NOT NULL DEFAULT 'STRING',
    description VARCHAR(500),
    editable SMALLINT NOT NULL DEFAULT 1,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX idx_sys_config_key ON sys_config (config_key, tenant_id);

CREATE TABLE sys_audit_log (
    id BIGINT NOT NULL PRIMARY KEY,
    log_time TIMESTAMP(3) NOT NULL,
    tenant_id BIGINT,
    user_id BIGINT,
    username VARCHAR(64),
    action VARCHAR(32) NOT NULL,
    module VARCHAR(64),
    target VARCHAR(255),
    http_method VARCHAR(8),
    path VARCHAR(255),
    ip VARCHAR(64),
    success SMALLINT NOT NULL,
    message VARCHAR(500),
    duration_ms INT,
    request_summary VARCHAR(2000)
);
CREATE INDEX idx_sys_audit_log_time ON sys_audit_log (log_time);
CREATE INDEX idx_sys_audit_log_user ON sys_audit_log (username, log_time);
CREATE INDEX idx_sys_audit_log_action ON sys_audit_log (action, log_time);
CREATE INDEX idx_sys_audit_log_ip ON sys_audit_log (ip, log_time);

CREATE TABLE sys_job_log (
    id BIGINT NOT NULL PRIMARY KEY,
    job_name VARCHAR(100) NOT NULL,
    trigger_type VARCHAR(16) NOT NULL,
    node VARCHAR(128),
    start_time TIMESTAMP(3) NOT NULL,
    end_time TIMESTAMP(3) NULL,
    status VARCHAR(16) NOT NULL,
    message VARCHAR(1000)
);
CREATE INDEX idx_sys_job_log_job ON sys_job_log (job_name, start_time);

-- One row per job; a node runs a job only after taking the row by a conditional update
-- (locked_until in the past), so two instances never run the same job at once.
CREATE TABLE sys_job_lock (
    job_name VARCHAR(100) NOT NULL PRIMARY KEY,
    locked_by VARCHAR(128),
    locked_until TIMESTAMP(3) NULL
);

INSERT INTO sys_config (id, tenant_id, config_key, config_value, value_type, description, editable) VALUES
 (1, NULL, 'security.lock-minutes',  '10', 'INT', '连续登录失败后锁定的分钟数', 1),
 (2, NULL, 'security.lock-after-failures', '5', 'INT', '连续登录失败多少次后锁定', 1),
 (3, NULL, 'security.captcha-after-failures', '3', 'INT', '登录失败多少次后需要图形验证码', 1),
 (4, NULL, 'backup.keep', '7', 'INT', '保留最近多少份数据库备份', 1),
 (5, NULL, 'platform.name', '榆阳区智慧交通平台', 'STRING', '平台名称', 1);
