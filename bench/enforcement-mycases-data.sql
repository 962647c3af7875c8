-- Data of bench/enforcement-mycases.sh (throw-away bench schema, prod profile, after Flyway): a unit with ten
-- grids, an enforcer role (GRID data scope, enforcement:app:work), the bench enforcer bound to two grids, four
-- minor classes, 1,000 subjects and @cases OPEN cases over six stages, 91 assignees (the bench enforcer holds
-- every tenth case, all in grid 880101), deadlines spread from 100 hours ago to 300 hours ahead.
-- Password of bench_enf: Bench@2026-only (same bcrypt as bench-user.sql).
INSERT IGNORE INTO sys_tenant (id, name, code) VALUES (1, '榆阳区交通运输局', 'yuyang');
INSERT INTO sys_dept (id, tenant_id, parent_id, path, name, code, category, sort_no) VALUES
 (880100, 1, 0, '/880100/', '压测执法大队', 'BENCH-ENF', 'UNIT', 99);
INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no, sort_no)
SELECT 880100 + seq, 1, 0, CONCAT('/', 880100 + seq, '/'), 880100, CONCAT('压测网格', seq), CONCAT('BENCH-G', seq), 1, seq
FROM seq_1_to_10;
INSERT INTO sys_role (id, tenant_id, code, name, data_scope) VALUES (880001, 1, 'bench_enforcer', '压测执法队员', 'GRID');
INSERT INTO sys_role_permission (role_id, permission_id)
SELECT 880001, id FROM sys_permission WHERE code = 'enforcement:app:work';
INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status) VALUES
 (880001, 1, 'bench_enf', '$2a$10$45ttE4ChPaQxjVWulMoCWOZNsxPLwoB1cH0K9wuot1EnX7mgM65/i', '压测执法队员', 880100, 'STAFF', 'ACTIVE');
INSERT INTO sys_user_role (user_id, role_id) VALUES (880001, 880001);
INSERT INTO sys_user_grid (user_id, grid_id) VALUES (880001, 880101), (880001, 880102);

INSERT INTO enforcement_case_category (id, parent_id, name, code, level, fine_min, fine_max, sort_no, tenant_id) VALUES
 (880200, 0, '压测大类', 'BENCH', 'MAJOR', NULL, NULL, 1, 1),
 (880201, 880200, '压测小类1', 'BENCH-1', 'MINOR', 100, 1000, 1, 1),
 (880202, 880200, '压测小类2', 'BENCH-2', 'MINOR', 100, 1000, 2, 1),
 (880203, 880200, '压测小类3', 'BENCH-3', 'MINOR', 100, 1000, 3, 1),
 (880204, 880200, '压测小类4', 'BENCH-4', 'MINOR', 100, 1000, 4, 1);

INSERT INTO enforcement_subject (id, name, subject_type, contact, plate, status, tenant_id, grid_id, version, del_flag)
SELECT 880300000 + seq, CONCAT('压测对象', seq), 'ENTERPRISE', '联系人', CONCAT('陕K', LPAD(seq, 5, '0')), 'NORMAL', 1,
       880101 + (seq % 10), 0, 0
FROM seq_0_to_999;

INSERT INTO enforcement_case (id, tenant_id, case_no, public_code, category_id, subject_id, route_id, grid_id, dept_id,
                              source, content, status, current_stage_id, current_seq, current_stage, stage_deadline,
                              paused, assignee_id, reporter_id, version, del_flag, create_by, create_time)
SELECT 880000000000 + seq, 1, CONCAT('ZFB', LPAD(seq, 10, '0')), CONCAT('bench', seq), 880201 + (seq % 4),
       880300000 + (seq % 1000), 880400, 880101 + (seq % 10), 880100, 'STAFF', '压测案件：货车超限运输', 'OPEN', NULL,
       1 + (seq DIV 10) % 6, ELT(1 + (seq DIV 10) % 6, 'INTAKE', 'DISPATCH', 'VERIFY', 'FILE', 'EVIDENCE', 'MEASURES'),
       NOW() + INTERVAL (CAST((seq * 7919) % 400 AS SIGNED) - 100) HOUR, 0,
       CASE WHEN seq % 10 = 0 THEN 880001 ELSE 880500 + (seq % 90) END, 880001, 0, 0, 'bench',
       NOW() - INTERVAL (seq % 365) DAY
FROM seq_1_to_@cases;

-- The engine keeps the per-enforcer/grid/stage counter in the same transaction as every case change; this bulk
-- load bypasses the engine, so it recounts the way the migration V4_2_3 fills the table.
DELETE FROM enforcement_open_case_count;
INSERT INTO enforcement_open_case_count (assignee_id, grid_id, current_stage, open_count)
SELECT assignee_id, grid_id, current_stage, COUNT(*) FROM enforcement_case
 WHERE assignee_id IS NOT NULL AND status = 'OPEN' AND del_flag = 0
 GROUP BY assignee_id, grid_id, current_stage;
