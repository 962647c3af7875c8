-- Grid notices (bulletins published to one grid): the first grid-scoped table, filtered by the data-rule
-- interceptor like every later business table that carries grid_id (A9).
CREATE TABLE sys_grid_notice (
    id BIGINT NOT NULL PRIMARY KEY,
    tenant_id BIGINT NOT NULL DEFAULT 1,
    grid_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    content VARCHAR(4000),
    publish_time TIMESTAMP NULL,
    version INT NOT NULL DEFAULT 0,
    del_flag SMALLINT NOT NULL DEFAULT 0,
    create_by VARCHAR(64),
    create_time TIMESTAMP NULL,
    update_by VARCHAR(64),
    update_time TIMESTAMP NULL
);
CREATE INDEX idx_sys_grid_notice_grid ON sys_grid_notice (grid_id);

INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (155, 100, 'PAGE',   'sys:grid-notice:list',   '网格公告', '/system/grid-notice', 'system/grid-notice/index', 'NotificationOutlined', 5),
 (156, 155, 'BUTTON', 'sys:grid-notice:add',    '新增公告', NULL, NULL, NULL, 1),
 (157, 155, 'BUTTON', 'sys:grid-notice:edit',   '编辑公告', NULL, NULL, NULL, 2),
 (158, 155, 'BUTTON', 'sys:grid-notice:delete', '删除公告', NULL, NULL, NULL, 3);
