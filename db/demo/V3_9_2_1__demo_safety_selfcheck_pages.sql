-- Demo grants of the A8 review pages: inspectors and department leaders (who hold the review codes 3601/3611).
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (3, 3620), (3, 3630),
 (2, 3620), (2, 3630);
