-- Demo measures catalogue (B9). The fine ranges of the minor classes (enforcement_case_category.fine_min/max)
-- decide whether a chosen fine is out of range; the catalogue's own range applies when the class has none.
INSERT INTO enforcement_measure (id, name, measure_type, amount_min, amount_max, max_duration_days, legal_basis, description, sort_no, status, tenant_id, version, del_flag, create_by, create_time) VALUES
 (429101, '罚款', 'FINE', 200.00, 30000.00, NULL, '《中华人民共和国道路运输条例》第六十三条至第七十条', '按案件小类的罚款幅度处以罚款', 1, 'ACTIVE', 1, 0, 0, 'system', CURRENT_TIMESTAMP),
 (429102, '责令停业整顿', 'SUSPENSION', NULL, NULL, 90, '《中华人民共和国道路运输条例》第七十条', '责令停业整顿，期限最长 90 日', 2, 'ACTIVE', 1, 0, 0, 'system', CURRENT_TIMESTAMP),
 (429103, '吊销道路运输经营许可证', 'REVOCATION', NULL, NULL, NULL, '《中华人民共和国道路运输条例》第七十条', '情节严重的，吊销经营许可证', 3, 'ACTIVE', 1, 0, 0, 'system', CURRENT_TIMESTAMP),
 (429104, '移送公安机关', 'POLICE_REFERRAL', NULL, NULL, NULL, '《行政执法机关移送涉嫌犯罪案件的规定》', '涉嫌犯罪的，依法移送公安机关', 4, 'ACTIVE', 1, 0, 0, 'system', CURRENT_TIMESTAMP);

-- Demo grants: enforcers (role 4) read the catalogue, answer appeals of their grids, search the archive, use the
-- app and see their own statistics; the department leader (role 2) the same plus catalogue maintenance and export.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (4, 4200), (4, 4210), (4, 4211), (4, 4220), (4, 4221), (4, 4230), (4, 4240),
 (2, 4200), (2, 4201), (2, 4202), (2, 4203), (2, 4204), (2, 4205), (2, 4210), (2, 4211), (2, 4220), (2, 4221), (2, 4240);
