-- Online form engine metadata. A form's full definition is kept as the JSON of its form-schemas file
-- (design_json: what was last saved; runtime_json: what was last synced to the database and is served
-- by the data API). onl_form_field / onl_form_index are the queryable projection of the design.
CREATE TABLE onl_form (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(64) NOT NULL,
    title VARCHAR(100) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    table_name VARCHAR(64) NOT NULL,
    grid_scoped SMALLINT NOT NULL DEFAULT 0,
    tenant_scoped SMALLINT NOT NULL DEFAULT 1,
    form_version INT NOT NULL DEFAULT 1,
    synced_version INT NOT NULL DEFAULT 0,
    source VARCHAR(16) NOT NULL DEFAULT 'FILE',
    design_json LONGTEXT NOT NULL,
    runtime_json LONGTEXT,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_onl_form_code ON onl_form (code);
CREATE UNIQUE INDEX uk_onl_form_table ON onl_form (table_name);

CREATE TABLE onl_form_field (
    id BIGINT NOT NULL PRIMARY KEY,
    form_id BIGINT NOT NULL,
    name VARCHAR(64) NOT NULL,
    label VARCHAR(100) NOT NULL,
    field_type VARCHAR(16) NOT NULL,
    length_no INT,
    scale_no INT,
    required SMALLINT NOT NULL DEFAULT 0,
    unique_value SMALLINT NOT NULL DEFAULT 0,
    dict_code VARCHAR(64),
    query_mode VARCHAR(16) NOT NULL DEFAULT 'none',
    list_show SMALLINT NOT NULL DEFAULT 1,
    sortable SMALLINT NOT NULL DEFAULT 0,
    widget VARCHAR(32),
    sort_no INT NOT NULL DEFAULT 0
);
CREATE INDEX idx_onl_form_field_form ON onl_form_field (form_id);

CREATE TABLE onl_form_index (
    id BIGINT NOT NULL PRIMARY KEY,
    form_id BIGINT NOT NULL,
    name VARCHAR(64) NOT NULL,
    columns_text VARCHAR(500) NOT NULL,
    unique_index SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX idx_onl_form_index_form ON onl_form_index (form_id);

-- Every DDL sync, applied or refused: the statements, the backup table of a destructive change, who.
CREATE TABLE onl_ddl_log (
    id BIGINT NOT NULL PRIMARY KEY,
    form_code VARCHAR(64) NOT NULL,
    table_name VARCHAR(64) NOT NULL,
    form_version INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    statements LONGTEXT,
    pending LONGTEXT,
    backup_table VARCHAR(64),
    message VARCHAR(1000),
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL
);
CREATE INDEX idx_onl_ddl_log_form ON onl_ddl_log (form_code, create_time);

-- Menu node under which each form's page and button permission codes (online:<code>:list ...) are created,
-- and the codes of form management itself.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (2000, 0,    'MENU',   NULL,                  '在线开发', '/online', NULL, 'AppstoreOutlined', 80),
 (2001, 2000, 'PAGE',   'online:form:list',    '表单设计', '/online/form', 'online/form/index', 'FormOutlined', 1),
 (2002, 2001, 'BUTTON', 'online:form:add',     '新建表单', NULL, NULL, NULL, 1),
 (2003, 2001, 'BUTTON', 'online:form:edit',    '编辑表单', NULL, NULL, NULL, 2),
 (2004, 2001, 'BUTTON', 'online:form:sync',    '同步数据库', NULL, NULL, NULL, 3),
 (2005, 2001, 'BUTTON', 'online:form:export',  '导出表单定义', NULL, NULL, NULL, 4),
 (2010, 2000, 'MENU',   NULL,                  '在线表单', '/online/data', NULL, 'TableOutlined', 2);
