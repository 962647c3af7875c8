-- B3–B14: the staff's case workbench (jeecg-ui/src/views/enforcement/case), ids 4400–4429 belong to enf-workbench.
-- The page needs enforcement:case:list (4050) to load anything; registering and acting stay guarded by 4051/4052
-- on the server, the buttons carry the same codes (v-auth), so no BUTTON rows here.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (4400, 4000, 'PAGE', 'enforcement:case:page', '案件办理', '/enforcement/cases', 'enforcement/case/index', 'FileSearchOutlined', 0);

-- Whoever may already read cases gets the page (production roles holding 4050, like the demo's enforcer and
-- department leader).
INSERT INTO sys_role_permission (role_id, permission_id)
SELECT DISTINCT rp.role_id, 4400 FROM sys_role_permission rp
WHERE rp.permission_id = 4050
  AND NOT EXISTS (SELECT 1 FROM sys_role_permission x WHERE x.role_id = rp.role_id AND x.permission_id = 4400);
