-- Demo grants of the 申诉答复 / 执法档案 pages to the roles that hold the underlying API codes (V4_9_1_0): enforcers
-- (role 4: enforcer1) and department leaders (role 2: leader1). The administrator sees every page.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (4, 4430), (4, 4431),
 (2, 4430), (2, 4431);
