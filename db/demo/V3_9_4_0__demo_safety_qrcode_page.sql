-- Demo grant of the QR print page to the department leader (leader1), who holds the QR codes 3201-3205 through the
-- safetycore grants; the sampling page 3300 is already granted to the same role (V3_9_1_0).
INSERT INTO sys_role_permission (role_id, permission_id) VALUES (2, 3800);
