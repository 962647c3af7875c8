-- Bench data of the sampling benchmark (A4 "Measured"): 100,000 subjects in 50 grids of one unit, 5 industries
-- each with all 16 check items, 4 inspectors per grid holding all 16 items. Loaded into the throw-away bench
-- schema after Flyway ran; MariaDB's SEQUENCE engine (seq_1_to_N) generates the rows.
INSERT IGNORE INTO sys_dept (id, tenant_id, parent_id, path, name, code, category) VALUES
 (880000, 1, 0, '/880000/', '压测单位', 'BENCH-UNIT', 'UNIT');
INSERT INTO sys_grid (id, tenant_id, parent_id, path, dept_id, name, code, level_no)
  SELECT 880000 + seq, 1, 0, CONCAT('/', 880000 + seq, '/'), 880000, CONCAT('压测网格', seq), CONCAT('BENCH-G', seq), 1
  FROM seq_1_to_50;
INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, user_type, status)
  SELECT 881000 + seq, 1, CONCAT('bench_insp', seq), 'x', CONCAT('压测检查员', seq), 880000, 'STAFF', 'ACTIVE'
  FROM seq_1_to_200;
INSERT INTO sys_user_grid (user_id, grid_id) SELECT 881000 + seq, 880000 + ((seq - 1) DIV 4) + 1 FROM seq_1_to_200;
INSERT INTO safety_check_item (id, name, item_group, cycle_days, status, tenant_id)
  SELECT 882000 + seq, CONCAT('压测检查项', seq), CONCAT('R', LPAD(seq, 2, '0')), 90, 'ACTIVE', 1 FROM seq_1_to_16;
INSERT INTO safety_industry (id, name, code, status, tenant_id)
  SELECT 883000 + seq, CONCAT('压测行业', seq), CONCAT('BENCH_IND', seq), 'ACTIVE', 1 FROM seq_1_to_5;
INSERT INTO safety_industry_item (id, industry_id, item_id, kind)
  SELECT 884000 + i.seq * 100 + c.seq, 883000 + i.seq, 882000 + c.seq, 'SUPERVISION' FROM seq_1_to_5 i, seq_1_to_16 c;
INSERT INTO safety_inspector_item (id, user_id, item_id)
  SELECT 885000 + u.seq * 100 + c.seq, 881000 + u.seq, 882000 + c.seq FROM seq_1_to_200 u, seq_1_to_16 c;
INSERT INTO safety_subject (id, name, dept_id, industry_id, status, tenant_id, grid_id)
  SELECT 9000000 + seq, CONCAT('压测主体', seq), 880000, 883000 + (seq MOD 5) + 1, 'NORMAL', 1, 880000 + (seq MOD 50) + 1
  FROM seq_1_to_100000;
