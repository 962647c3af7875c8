-- The department leader (who holds 任务派发 3320/3321) attaches pictures, audio or video to the tasks it
-- dispatches: the file service's upload code (3240) is needed for that.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES (2, 3240);
