-- Bench-only administrator for the prod-profile benchmark, inserted into the throw-away bench schema
-- after Flyway ran (prod loads no demo data). Password: Bench@2026-only (bcrypt below).
-- Idempotent: rows another migration already created (tenant 1, an 'admin' role) are kept.
INSERT IGNORE INTO sys_tenant (id, name, code) VALUES (1, '榆阳区交通运输局', 'yuyang');
INSERT IGNORE INTO sys_role (id, tenant_id, code, name, data_scope) VALUES (990001, 1, 'admin', '系统管理员', 'ALL');
INSERT IGNORE INTO sys_user (id, tenant_id, username, password_hash, real_name, user_type, status) VALUES
 (990001, 1, 'bench', '$2a$10$45ttE4ChPaQxjVWulMoCWOZNsxPLwoB1cH0K9wuot1EnX7mgM65/i', '压测管理员', 'STAFF', 'ACTIVE');
INSERT IGNORE INTO sys_user_role (user_id, role_id)
  SELECT 990001, id FROM sys_role WHERE tenant_id = 1 AND code = 'admin' AND del_flag = 0;
