-- Demo grants of the case workbench page (案件办理): enforcers (role 4) and department leaders (role 2), who hold
-- enforcement:case:list. NOT EXISTS: on a database where the demo grants of 4050 came first, V4_2_0 already gave them.
INSERT INTO sys_role_permission (role_id, permission_id)
SELECT r.id, 4400 FROM sys_role r
WHERE r.id IN (2, 4)
  AND NOT EXISTS (SELECT 1 FROM sys_role_permission x WHERE x.role_id = r.id AND x.permission_id = 4400);
