-- Demo of A8 self-check and special equipment (default profile only): enterprise1 (subject 31004, 道路货运,
-- grid 1011) has an approved self-check of an earlier period and can fill the current one; one approved air
-- receiver whose daily care is overdue (the overdue job warns enterprise1 and inspector1 once) and one forklift
-- declaration waiting for inspector1's review.

-- Grants: enterprise fills and declares; inspectors and department leaders review.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (6, 3600), (6, 3610),
 (3, 3601), (3, 3611),
 (2, 3601), (2, 3611);

INSERT INTO safety_self_check (id, tenant_id, grid_id, subject_id, industry_id, period_key, period_start, period_end, status, round_no,
  qualified_count, unqualified_count, submitted_by, submitted_at, reviewer_id, reviewed_at, review_note, create_by, create_time, update_by, update_time) VALUES
 (3680001, 1, 1011, 31004, 30101, '2026-10', '2026-10-01', '2026-10-31', 'APPROVED', 2, 3, 0, 6, '2026-10-28 10:20:00', 2,
  '2026-10-29 09:00:00', '整改到位，审核通过', 'enterprise1', '2026-10-25 16:00:00', 'inspector1', '2026-10-29 09:00:00');

INSERT INTO safety_self_check_result (id, self_check_id, item_id, result, remark, create_time) VALUES
 (3680011, 3680001, 30006, 'QUALIFIED', '10 月安全培训 2 次，签到表已归档', '2026-10-28 10:15:00'),
 (3680012, 3680001, 30008, 'QUALIFIED', '隐患台账已补记并闭环', '2026-10-28 10:15:00'),
 (3680013, 3680001, 30014, 'QUALIFIED', '车辆动态监控在线率 98%', '2026-10-28 10:15:00');

INSERT INTO safety_review_trail (id, tenant_id, biz_type, biz_id, round_no, action, actor_id, actor_name, note, snapshot, create_time) VALUES
 (3680101, 1, 'SELF_CHECK', 3680001, 1, 'SUBMIT', 6, '榆阳顺通运输有限公司', NULL, NULL, '2026-10-25 16:30:00'),
 (3680102, 1, 'SELF_CHECK', 3680001, 1, 'RETURN', 2, '张网格', '隐患排查项未附整改照片，请补充后重新提交', NULL, '2026-10-26 09:00:00'),
 (3680103, 1, 'SELF_CHECK', 3680001, 2, 'SUBMIT', 6, '榆阳顺通运输有限公司', NULL, NULL, '2026-10-28 10:20:00'),
 (3680104, 1, 'SELF_CHECK', 3680001, 2, 'APPROVE', 2, '张网格', '整改到位，审核通过', NULL, '2026-10-29 09:00:00');

INSERT INTO safety_equipment (id, tenant_id, grid_id, subject_id, type_id, name, model_no, serial_no, location, install_date,
  last_care_date, last_check_date, remark, status, reviewer_id, reviewed_at, review_note, create_by, create_time, update_by, update_time) VALUES
 (3690001, 1, 1011, 31004, 30302, '空压机储气罐', 'C-1.0/0.8', 'QG-2021-0087', '车辆维修车间东侧', '2021-05-10',
  TIMESTAMPADD(DAY, -10, CURRENT_DATE), '2026-03-01', NULL, 'APPROVED', 2, '2026-10-20 10:00:00', '资料齐全', 'enterprise1',
  '2026-10-18 15:00:00', 'inspector1', '2026-10-20 10:00:00'),
 (3690002, 1, 1011, 31004, 30303, '内燃平衡重式叉车', 'CPCD30', 'FL-2024-1120', '货场装卸区', '2024-06-01',
  NULL, NULL, '货场装卸用', 'PENDING', NULL, NULL, NULL, 'enterprise1', CURRENT_TIMESTAMP, 'enterprise1', CURRENT_TIMESTAMP);

-- The receiver's daily care (7 days) was last done 10 days ago: 3 days overdue. Its yearly check is due in March.
INSERT INTO safety_equipment_cycle (id, tenant_id, grid_id, subject_id, equipment_id, kind, cycle_days, last_done_on, next_due_on,
  create_time, update_time) VALUES
 (3690101, 1, 1011, 31004, 3690001, 'CARE', 7, TIMESTAMPADD(DAY, -10, CURRENT_DATE), TIMESTAMPADD(DAY, -3, CURRENT_DATE),
  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
 (3690102, 1, 1011, 31004, 3690001, 'CHECK', 365, '2026-03-01', '2027-03-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO safety_review_trail (id, tenant_id, biz_type, biz_id, round_no, action, actor_id, actor_name, note, snapshot, create_time) VALUES
 (3690201, 1, 'EQUIPMENT', 3690001, 1, 'DECLARE', 6, '榆阳顺通运输有限公司', NULL, NULL, '2026-10-18 15:00:00'),
 (3690202, 1, 'EQUIPMENT', 3690001, 0, 'APPROVE', 2, '张网格', '资料齐全', NULL, '2026-10-20 10:00:00'),
 (3690203, 1, 'EQUIPMENT', 3690002, 1, 'DECLARE', 6, '榆阳顺通运输有限公司', NULL, NULL, CURRENT_TIMESTAMP);
