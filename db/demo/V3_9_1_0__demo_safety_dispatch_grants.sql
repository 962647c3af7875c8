-- Demo grants for the dispatch side: inspectors use the app and see their own figures; the department
-- leader dispatches sampling and tasks, handles escalations, reads tracks and statistics.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (3, 3340), (3, 3350),
 (2, 3300), (2, 3301), (2, 3310), (2, 3320), (2, 3321), (2, 3330), (2, 3340), (2, 3350);
