-- Demo data for the embedded default profile (and tests). Never loaded by the prod profile.
-- Every demo password is Demo@2026 (bcrypt); prod refuses to start while one of these hashes remains.
INSERT INTO sys_tenant (id, name, code, status) VALUES (1, '榆阳区交通运输局', 'yuyang', 'ACTIVE');

INSERT INTO sys_dept (id, tenant_id, parent_id, path, name, code, category, sort_no) VALUES
 (1,  1, 0, '/1/',    '榆阳区交通运输局', 'YYJT',      'UNIT', 1),
 (10, 1, 1, '/1/10/', '运输管理所',       'YYJT-YGS',  'UNIT', 1),
 (11, 1, 1, '/1/11/', '执法大队',         'YYJT-ZFDD', 'UNIT', 2),
 (12, 1, 1, '/1/12/', '路长办',           'YYJT-LZB',  'UNIT', 3),
 (13, 1, 1, '/1/13/', '安全监管科',       'YYJT-AJK',  'DEPT', 4),
 (14, 1, 1, '/1/14/', '便民服务中心',     'YYJT-BMFW', 'UNIT', 5);

INSERT INTO sys_position (id, tenant_id, code, name, sort_no) VALUES
 (1, 1, 'director',  '局长', 1),
 (2, 1, 'leader',    '所（队）长', 2),
 (3, 1, 'inspector', '网格员', 3),
 (4, 1, 'enforcer',  '执法队员', 4),
 (5, 1, 'roadchief', '路长', 5);

-- Two grids under 运输管理所 (one with a sub-grid) and one under 执法大队.
INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no, sort_no) VALUES
 (101,  1, 0,   '/101/',      10, '鼓楼街道网格',     'GRID-GL',    1, 1),
 (1011, 1, 101, '/101/1011/', 10, '鼓楼第一社区网格', 'GRID-GL-01', 2, 1),
 (102,  1, 0,   '/102/',      10, '青山路街道网格',   'GRID-QSL',   1, 2),
 (201,  1, 0,   '/201/',      11, '执法一中队网格',   'GRID-ZF-1',  1, 3);

INSERT INTO sys_role (id, tenant_id, code, name, data_scope, remark) VALUES
 (1, 1, 'admin',       '系统管理员', 'ALL',  '拥有全部权限'),
 (2, 1, 'dept_leader', '单位负责人', 'DEPT', '查看本单位全部网格'),
 (3, 1, 'inspector',   '网格员',     'GRID', '安全监管检查人员'),
 (4, 1, 'enforcer',    '执法队员',   'GRID', '执法大队队员'),
 (5, 1, 'road_chief',  '路长',       'GRID', '路长巡查'),
 (6, 1, 'enterprise',  '企业用户',   'GRID', '被检查主体（企业/个体户）');

-- password: Demo@2026
INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, position_id, user_type, status) VALUES
 (1, 1, 'admin',       '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '系统管理员', 1,  1,    'STAFF',      'ACTIVE'),
 (2, 1, 'inspector1',  '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '张网格',     10, 3,    'STAFF',      'ACTIVE'),
 (3, 1, 'inspector2',  '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '李网格',     10, 3,    'STAFF',      'ACTIVE'),
 (4, 1, 'enforcer1',   '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '王执法',     11, 4,    'STAFF',      'ACTIVE'),
 (5, 1, 'roadchief1',  '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '赵路长',     12, 5,    'STAFF',      'ACTIVE'),
 (6, 1, 'enterprise1', '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '榆阳顺通运输有限公司', NULL, NULL, 'ENTERPRISE', 'ACTIVE'),
 (7, 1, 'leader1',     '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '刘所长',     10, 2,    'STAFF',      'ACTIVE');

UPDATE sys_dept SET leader_user_id = 7 WHERE id = 10;

INSERT INTO sys_user_role (user_id, role_id) VALUES (1, 1), (2, 3), (3, 3), (4, 4), (5, 5), (6, 6), (7, 2);

-- inspector1 → 鼓楼 (and so its sub-grid), inspector2 → 青山路, enforcer1 → 执法一中队, enterprise1 → 鼓楼
INSERT INTO sys_user_grid (user_id, grid_id) VALUES (2, 101), (3, 102), (4, 201), (6, 1011);

-- admin holds everything through its ALL flag; the others get a small read set of system pages here
-- and their business permissions from later migrations.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES (2, 110), (2, 140), (2, 150);
