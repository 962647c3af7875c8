-- Permissions of the enforcement public side (ids 4200-4399 belong to enf-public), under enf-core's 执法管理 menu
-- (4000). The measures catalogue is an online form page (the engine's permission registrar finds these codes and
-- does not create them again); the API codes guard the hand-written endpoints.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (4200, 4000, 'PAGE', 'online:enforcement_measure:list', '处置措施目录', '/online/data/enforcement_measure', 'online/data/index', 'SafetyOutlined', 5),
 (4201, 4200, 'BUTTON', 'online:enforcement_measure:add', '新增处置措施', NULL, NULL, NULL, 1),
 (4202, 4200, 'BUTTON', 'online:enforcement_measure:edit', '编辑处置措施', NULL, NULL, NULL, 2),
 (4203, 4200, 'BUTTON', 'online:enforcement_measure:delete', '删除处置措施', NULL, NULL, NULL, 3),
 (4204, 4200, 'BUTTON', 'online:enforcement_measure:import', '导入处置措施', NULL, NULL, NULL, 4),
 (4205, 4200, 'BUTTON', 'online:enforcement_measure:export', '导出处置措施', NULL, NULL, NULL, 5),
 (4210, 4000, 'API', 'enforcement:appeal:list', '查看案件申诉', NULL, NULL, NULL, 93),
 (4211, 4000, 'API', 'enforcement:appeal:reply', '答复案件申诉', NULL, NULL, NULL, 94),
 (4220, 4000, 'API', 'enforcement:archive:list', '查询执法档案', NULL, NULL, NULL, 95),
 (4221, 4000, 'API', 'enforcement:archive:export', '导出执法档案', NULL, NULL, NULL, 96),
 (4230, 4000, 'API', 'enforcement:app:work', '执法App（对象检索登记、我的案件、超期、现场记录）', NULL, NULL, NULL, 97),
 (4240, 4000, 'API', 'enforcement:stats:list', '执法统计分析', NULL, NULL, NULL, 98);
