-- Demo grid notices, one or two per grid, and the notice permissions for the grid-bound roles.
INSERT INTO sys_grid_notice (id, tenant_id, grid_id, title, content, publish_time, create_by, create_time) VALUES
 (9101,  1, 101,  '鼓楼街道网格：春运安全检查通知',   '请各运输企业于本周内完成车辆安全自查。', '2026-01-10 09:00:00', 'admin', '2026-01-10 09:00:00'),
 (9102,  1, 101,  '鼓楼街道网格：消防器材检查',       '检查站点灭火器有效期。',               '2026-01-12 09:00:00', 'admin', '2026-01-12 09:00:00'),
 (91011, 1, 1011, '鼓楼第一社区：企业安全培训',       '周五下午在社区会议室开展安全培训。',   '2026-01-15 14:00:00', 'admin', '2026-01-15 14:00:00'),
 (9201,  1, 102,  '青山路街道网格：道路施工提示',     '青山路中段施工，请绕行。',             '2026-01-11 08:00:00', 'admin', '2026-01-11 08:00:00'),
 (9301,  1, 201,  '执法一中队网格：联合执法安排',     '下周一开展超限超载联合执法。',         '2026-01-13 08:30:00', 'admin', '2026-01-13 08:30:00');

-- dept_leader (2), inspector (3), enforcer (4) may work with notices of the grids in their scope.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (2, 155), (2, 156), (2, 157), (2, 158),
 (3, 155), (3, 156), (3, 157), (3, 158),
 (4, 155), (4, 156), (4, 157), (4, 158);
