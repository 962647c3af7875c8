-- Identity and organisation (P8, E1, E2, A9): tenants, units (departments) with a permission ceiling,
-- positions, grids, users, roles, permissions. Ids are application-assigned BIGINTs.

CREATE TABLE sys_tenant (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(64) NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    contact_name VARCHAR(64),
    contact_phone_enc VARCHAR(512),
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_tenant_code ON sys_tenant (code);

CREATE TABLE sys_dept (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    parent_id BIGINT NOT NULL DEFAULT 0,
    -- materialised path of ids, e.g. '/1/10/', for subtree queries without recursion
    path VARCHAR(500) NOT NULL,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(64) NOT NULL,
    category VARCHAR(16) NOT NULL DEFAULT 'UNIT',
    leader_user_id BIGINT,
    sort_no INT NOT NULL DEFAULT 0,
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_dept_code ON sys_dept (tenant_id, code);
CREATE INDEX idx_sys_dept_parent ON sys_dept (parent_id);

-- The unit permission ceiling: a user's effective permissions are capped by the codes listed for
-- the nearest unit (self or ancestor) that has any rows here.
CREATE TABLE sys_dept_permission (
    dept_id BIGINT NOT NULL,
    permission_id BIGINT NOT NULL,
    PRIMARY KEY (dept_id, permission_id)
);

CREATE TABLE sys_position (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    sort_no INT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_position_code ON sys_position (tenant_id, code);

CREATE TABLE sys_grid (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    parent_id BIGINT NOT NULL DEFAULT 0,
    path VARCHAR(500) NOT NULL,
    dept_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    code VARCHAR(64) NOT NULL,
    level_no INT NOT NULL DEFAULT 1,
    geojson LONGTEXT,
    sort_no INT NOT NULL DEFAULT 0,
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_grid_code ON sys_grid (tenant_id, code);
CREATE INDEX idx_sys_grid_parent ON sys_grid (parent_id);
CREATE INDEX idx_sys_grid_dept ON sys_grid (dept_id);

CREATE TABLE sys_user (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    real_name VARCHAR(64) NOT NULL,
    -- sensitive values: AES-GCM ciphertext (base64) plus a keyed hash for exact search
    phone_enc VARCHAR(512),
    phone_hash VARCHAR(64),
    id_card_enc VARCHAR(512),
    id_card_hash VARCHAR(64),
    email VARCHAR(128),
    dept_id BIGINT,
    position_id BIGINT,
    user_type VARCHAR(16) NOT NULL DEFAULT 'STAFF',
    status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    failed_count INT NOT NULL DEFAULT 0,
    lock_until TIMESTAMP NULL,
    password_changed_at TIMESTAMP NULL,
    last_login_at TIMESTAMP NULL,
    last_login_ip VARCHAR(64),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_user_username ON sys_user (username);
CREATE INDEX idx_sys_user_phone_hash ON sys_user (phone_hash);
CREATE INDEX idx_sys_user_id_card_hash ON sys_user (id_card_hash);
CREATE INDEX idx_sys_user_dept ON sys_user (dept_id);

CREATE TABLE sys_user_grid (
    user_id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, grid_id)
);
CREATE INDEX idx_sys_user_grid_grid ON sys_user_grid (grid_id);

CREATE TABLE sys_role (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    -- data scope of the role: ALL, DEPT (department's grids), GRID (own grids and sub-grids)
    data_scope VARCHAR(16) NOT NULL DEFAULT 'GRID',
    remark VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_role_code ON sys_role (tenant_id, code);

CREATE TABLE sys_user_role (
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX idx_sys_user_role_role ON sys_user_role (role_id);

-- Menus, pages, buttons and API permissions in one tree.
CREATE TABLE sys_permission (
    id BIGINT NOT NULL PRIMARY KEY,
    parent_id BIGINT NOT NULL DEFAULT 0,
    type VARCHAR(16) NOT NULL,
    code VARCHAR(100),
    name VARCHAR(100) NOT NULL,
    path VARCHAR(255),
    component VARCHAR(255),
    icon VARCHAR(64),
    sort_no INT NOT NULL DEFAULT 0,
    hidden SMALLINT NOT NULL DEFAULT 0,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE UNIQUE INDEX uk_sys_permission_code ON sys_permission (code);
CREATE INDEX idx_sys_permission_parent ON sys_permission (parent_id);

CREATE TABLE sys_role_permission (
    role_id BIGINT NOT NULL,
    permission_id BIGINT NOT NULL,
    PRIMARY KEY (role_id, permission_id)
);
