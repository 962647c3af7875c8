-- Demo data of smart enforcement (enf-core): case categories with routes, enforced subjects in the enforcement
-- grid 201 and the transport grids 101/102, a few holidays, and the grants that let enforcer1 walk a case end
-- to end (登记 → 派单 → 核实 → 立案 → 现场取证 → 处置措施 → 结案).

INSERT INTO enforcement_case_category (id, parent_id, name, code, level, description, fine_min, fine_max, sort_no, tenant_id, create_by, create_time) VALUES
 (400100, 0,      '道路运输违法',       'ROAD',         'MAJOR', '道路运输经营、车辆及从业人员的违法行为', NULL, NULL, 1, 1, 'system', CURRENT_TIMESTAMP),
 (400101, 400100, '超限超载运输',       'ROAD-OVERLOAD', 'MINOR', '货运车辆超过核定载质量或外廓尺寸上路行驶', 500.00, 30000.00, 1, 1, 'system', CURRENT_TIMESTAMP),
 (400102, 400100, '非法营运',           'ROAD-ILLEGAL', 'MINOR', '未取得道路运输经营许可擅自从事经营（公示、申诉后立案）', 5000.00, 30000.00, 2, 1, 'system', CURRENT_TIMESTAMP),
 (400110, 0,      '安全生产违法',       'SAFETY',       'MAJOR', '运输企业安全生产主体责任落实方面的违法行为', NULL, NULL, 2, 1, 'system', CURRENT_TIMESTAMP),
 (400111, 400110, '未落实安全检查制度', 'SAFETY-CHECK', 'MINOR', '未按规定开展安全检查或隐患排查', 1000.00, 10000.00, 1, 1, 'system', CURRENT_TIMESTAMP);

INSERT INTO enforcement_route (id, tenant_id, category_id, version_no, active, remark, create_by, create_time) VALUES
 (400201, 1, 400101, 1, 1, '初始路线', 'system', CURRENT_TIMESTAMP),
 (400202, 1, 400102, 1, 1, '初始路线：公示、申诉后立案', 'system', CURRENT_TIMESTAMP),
 (400203, 1, 400111, 1, 1, '初始路线', 'system', CURRENT_TIMESTAMP);

INSERT INTO enforcement_route_stage (id, route_id, seq, stage_code, stage_name, role_codes, time_limit, time_unit) VALUES
 (4002011, 400201, 1, 'INTAKE',   '录入',     'enforcer,dept_leader', 24, 'HOURS'),
 (4002012, 400201, 2, 'DISPATCH', '派单',     'enforcer,dept_leader', 8,  'HOURS'),
 (4002013, 400201, 3, 'VERIFY',   '核实',     'enforcer',             3,  'WORKING_DAYS'),
 (4002014, 400201, 4, 'FILE',     '立案',     'enforcer,dept_leader', 5,  'WORKING_DAYS'),
 (4002015, 400201, 5, 'EVIDENCE', '现场取证', 'enforcer',             3,  'WORKING_DAYS'),
 (4002016, 400201, 6, 'MEASURES', '处置措施', 'enforcer,dept_leader', 10, 'WORKING_DAYS'),
 (4002017, 400201, 7, 'CLOSE',    '结案',     'enforcer,dept_leader', 2,  'WORKING_DAYS'),
 (4002021, 400202, 1, 'INTAKE',   '录入',     'enforcer,dept_leader', 24, 'HOURS'),
 (4002022, 400202, 2, 'DISPATCH', '派单',     'enforcer,dept_leader', 8,  'HOURS'),
 (4002023, 400202, 3, 'VERIFY',   '核实',     'enforcer',             3,  'WORKING_DAYS'),
 (4002024, 400202, 4, 'PUBLICITY','公示期',   'enforcer,dept_leader', 5,  'WORKING_DAYS'),
 (4002025, 400202, 5, 'APPEAL',   '接受申诉', 'enforcer,dept_leader', 10, 'WORKING_DAYS'),
 (4002026, 400202, 6, 'FILE',     '立案',     'enforcer,dept_leader', 5,  'WORKING_DAYS'),
 (4002027, 400202, 7, 'MEASURES', '处置措施', 'enforcer,dept_leader', 10, 'WORKING_DAYS'),
 (4002028, 400202, 8, 'DISPOSAL', '处置',     'enforcer',             5,  'WORKING_DAYS'),
 (4002029, 400202, 9, 'CLOSE',    '结案',     'enforcer,dept_leader', 2,  'WORKING_DAYS'),
 (4002031, 400203, 1, 'INTAKE',   '录入',     'enforcer,dept_leader', 24, 'HOURS'),
 (4002032, 400203, 2, 'VERIFY',   '核实',     'enforcer',             5,  'WORKING_DAYS'),
 (4002033, 400203, 3, 'TRANSFER', '流转',     'enforcer,dept_leader', 2,  'WORKING_DAYS'),
 (4002034, 400203, 4, 'CLOSE',    '结案',     'enforcer,dept_leader', 2,  'WORKING_DAYS');

-- phone / ID numbers go in as plain values with an empty blind index: the online engine's SensitiveBackfill
-- encrypts them with the installation's key at start-up (sensitive fields of form enforcement_subject)
INSERT INTO enforcement_subject (id, name, subject_type, contact, phone, id_no, plate, address, status, tenant_id, grid_id, create_by, create_time) VALUES
 (400301, '榆林市恒达货运有限公司', 'ENTERPRISE', '王建国', '0912-3286521', '91610802MA70XK3B2Q', '陕K36521', '榆阳区长城北路 88 号',  'NORMAL', 1, 201, 'system', CURRENT_TIMESTAMP),
 (400302, '张志强',                 'PERSON',     '张志强', '13891230456',  '610802198807153216', '陕K8A732', '榆阳区金沙路 12 号',    'NORMAL', 1, 201, 'system', CURRENT_TIMESTAMP),
 (400303, '榆阳区顺风汽车租赁部',   'INDIVIDUAL', '李红',   '13991275530',  NULL,                 '陕KD2219', '榆阳区榆溪大道 156 号', 'NORMAL', 1, 201, 'system', CURRENT_TIMESTAMP),
 (400304, '鼓楼客运服务有限公司',   'ENTERPRISE', '赵敏',   '0912-3351208', NULL,                 '陕K55607', '榆阳区鼓楼街道新建路 5 号', 'NORMAL', 1, 101, 'system', CURRENT_TIMESTAMP),
 (400305, '青山路物流配送站',       'INDIVIDUAL', '刘伟',   NULL,           NULL,                 '陕K7C903', '榆阳区青山路 210 号',   'NORMAL', 1, 102, 'system', CURRENT_TIMESTAMP);

INSERT INTO enforcement_holiday (id, holiday_date, kind, name, tenant_id, create_by, create_time) VALUES
 (400401, '2027-01-01', 'HOLIDAY', '元旦', 1, 'system', CURRENT_TIMESTAMP),
 (400402, '2026-12-31', 'HOLIDAY', '元旦（调休）', 1, 'system', CURRENT_TIMESTAMP),
 (400403, '2027-01-02', 'WORKDAY', '元旦调休上班', 1, 'system', CURRENT_TIMESTAMP);

-- enforcer: categories (read), subjects (read/add/edit), cases (read/register/handle);
-- dept_leader: categories, subjects, routes (read), cases (read/handle)
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (4, 3240), (4, 4010), (4, 4020), (4, 4021), (4, 4022), (4, 4050), (4, 4051), (4, 4052),
 (2, 4010), (2, 4020), (2, 4040), (2, 4050), (2, 4052);
