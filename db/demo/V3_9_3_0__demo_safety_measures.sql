-- Demo data of the measures side (default profile and tests only), so that each flow can be tried at once:
--  * appeals: enterprise1 (bound to 31004) has an OPEN appeal on an older inspection (inspector1 answers it) and a
--    recent record with an unqualified item it may appeal;
--  * review management: a service-centre account service1 (便民服务中心, role service_centre) with two pending
--    submissions of enterprise1 (company phone/address, a new employee) and one employee to update;
--  * measures: a running case on 31004 (复查, the subject is 异常) for leader1/inspector1 to act on, and a closed case
--    on 31012 with an out-of-range penalty in the archive;
--  * recheck reassignment: two due pairs whose responsible inspector no longer qualifies — one of the disabled
--    inspector3 goes to inspector2 on the job's first run, one of inspector1 (who no longer holds the item) is
--    reported UNASSIGNED with the reason.

-- service centre staff: sees every grid's submissions (the centre serves the whole district)
INSERT INTO sys_role (id, tenant_id, code, name, data_scope, remark) VALUES
 (3750, 1, 'service_centre', '便民服务中心审核员', 'ALL', '核对企业提交的单位及从业人员资料');
INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, position_id, user_type, status) VALUES
 (3751, 1, 'service1', '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '周审核', 14, NULL, 'STAFF', 'ACTIVE');
INSERT INTO sys_user_role (user_id, role_id) VALUES (3751, 3750);

-- a former inspector of grid 102, now disabled (left the bureau): the responsible inspector of a due pair
INSERT INTO sys_user (id, tenant_id, username, password_hash, real_name, dept_id, position_id, user_type, status) VALUES
 (3752, 1, 'inspector3', '$2a$10$i.EG1/JJQHXWNrS9v69maeUUkS0sK3CLN9pdL.xKxe0NTNq0SOCzG', '王网格（已调离）', 10, 3, 'STAFF', 'DISABLED');
INSERT INTO sys_user_role (user_id, role_id) VALUES (3752, 3);
INSERT INTO sys_user_grid (user_id, grid_id) VALUES (3752, 102);

-- Grants. admin has everything (including safety:measure:config, 3754, granted to nobody else).
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (3, 3750), (3, 3751), (3, 3752), (3, 3760), (3, 3762),
 (2, 3750), (2, 3751), (2, 3752), (2, 3753), (2, 3760), (2, 3762), (2, 3780),
 (6, 3760), (6, 3761), (6, 3763), (6, 3772),
 (3750, 3000), (3750, 3030), (3750, 3070), (3750, 3770), (3750, 3771);

-- an employee of 31004 (the update flow needs one)
INSERT INTO safety_employee (id, subject_id, name, sex, age, id_card, phone, driving_licence, health_status, job, household_address, tenant_id, grid_id, create_by, create_time) VALUES
 (3795001, 31004, '孙师傅', '1', 45, '610802198101010012', '13991230031', 'A2 610802198101010012', '良好', '货车驾驶员', '榆阳区鼓楼街道', 1, 1011, 'demo', CURRENT_TIMESTAMP);

-- inspections: 3793001 (31004, 30 days ago, 车辆动态监控 unqualified, appealed), 3793002 (31004, 2 days ago,
-- 隐患排查治理 unqualified, measure running), 3793003 (31012 by inspector2, 40 days ago, measure closed),
-- 3793004 (31003 by inspector1, 60 days ago, 设备设施安全 — an item inspector1 no longer holds),
-- 3793005 (31013 by inspector3, 91 days ago — inspector3 has since been disabled)
INSERT INTO safety_inspection (id, tenant_id, grid_id, subject_id, inspector_id, check_type, checked_at, qualified_count, unqualified_count, ignored_count, remark, create_by, create_time) VALUES
 (3793001, 1, 1011, 31004, 2, 'DAILY', TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP), 1, 1, 0, '例行检查', 'inspector1', TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)),
 (3793002, 1, 1011, 31004, 2, 'DAILY', TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), 1, 1, 0, '例行检查', 'inspector1', TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP)),
 (3793003, 1, 102, 31012, 3, 'DAILY', TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP), 0, 1, 0, '危货专项检查', 'inspector2', TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP)),
 (3793004, 1, 101, 31003, 2, 'DAILY', TIMESTAMPADD(DAY, -60, CURRENT_TIMESTAMP), 0, 1, 0, '例行检查', 'inspector1', TIMESTAMPADD(DAY, -60, CURRENT_TIMESTAMP)),
 (3793005, 1, 102, 31013, 3752, 'DAILY', TIMESTAMPADD(DAY, -91, CURRENT_TIMESTAMP), 1, 0, 0, '例行检查', 'inspector3', TIMESTAMPADD(DAY, -91, CURRENT_TIMESTAMP));
INSERT INTO safety_inspection_result (id, tenant_id, grid_id, inspection_id, subject_id, item_id, result, remark, create_by, create_time) VALUES
 (379300101, 1, 1011, 3793001, 31004, 30006, 'QUALIFIED', NULL, 'inspector1', TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)),
 (379300102, 1, 1011, 3793001, 31004, 30014, 'UNQUALIFIED', '3 台车辆卫星定位离线超过 24 小时', 'inspector1', TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP)),
 (379300201, 1, 1011, 3793002, 31004, 30006, 'QUALIFIED', NULL, 'inspector1', TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP)),
 (379300202, 1, 1011, 3793002, 31004, 30008, 'UNQUALIFIED', '隐患排查台账 10 月起未更新', 'inspector1', TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP)),
 (379300301, 1, 102, 3793003, 31012, 30009, 'UNQUALIFIED', '重大危险源未备案', 'inspector2', TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP)),
 (379300401, 1, 101, 3793004, 31003, 30013, 'UNQUALIFIED', '举升机未定期检测', 'inspector1', TIMESTAMPADD(DAY, -60, CURRENT_TIMESTAMP)),
 (379300501, 1, 102, 3793005, 31013, 30006, 'QUALIFIED', NULL, 'inspector3', TIMESTAMPADD(DAY, -91, CURRENT_TIMESTAMP));
INSERT INTO safety_subject_item_state (id, tenant_id, grid_id, subject_id, item_id, last_result, last_inspection_id, last_checked_at, due_at, assigned_inspector_id, create_by, create_time) VALUES
 (379310001, 1, 1011, 31004, 30006, 'QUALIFIED', 3793002, TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, 88, CURRENT_TIMESTAMP), 2, 'demo', CURRENT_TIMESTAMP),
 (379310002, 1, 1011, 31004, 30014, 'UNQUALIFIED', 3793001, TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP), 2, 'demo', CURRENT_TIMESTAMP),
 (379310003, 1, 1011, 31004, 30008, 'UNQUALIFIED', 3793002, TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), 2, 'demo', CURRENT_TIMESTAMP),
 (379310004, 1, 102, 31012, 30009, 'UNQUALIFIED', 3793003, TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP), 3, 'demo', CURRENT_TIMESTAMP),
 (379310005, 1, 101, 31003, 30013, 'UNQUALIFIED', 3793004, TIMESTAMPADD(DAY, -60, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, -60, CURRENT_TIMESTAMP), 2, 'demo', CURRENT_TIMESTAMP),
 (379310006, 1, 102, 31013, 30006, 'QUALIFIED', 3793005, TIMESTAMPADD(DAY, -91, CURRENT_TIMESTAMP), TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP), 3752, 'demo', CURRENT_TIMESTAMP);

-- appeal waiting for inspector1's answer
INSERT INTO safety_appeal (id, tenant_id, grid_id, subject_id, inspection_id, open_inspection_id, appellant_id, content, files, status, create_by, create_time, update_by, update_time) VALUES
 (3794001, 1, 1011, 31004, 3793001, 3793001, 6, '检查当日定位平台故障，3 台车辆实际在线，附平台运维单位说明。', '[]', 'OPEN', 'enterprise1', TIMESTAMPADD(DAY, -28, CURRENT_TIMESTAMP), 'enterprise1', TIMESTAMPADD(DAY, -28, CURRENT_TIMESTAMP));

-- review submissions waiting for service1
INSERT INTO safety_review_submission (id, tenant_id, grid_id, subject_id, kind, target_id, pending_key, payload, status, submitted_by, create_by, create_time, update_by, update_time) VALUES
 (3797001, 1, 1011, 31004, 'SUBJECT', 31004, 'SUBJECT:31004', '{"phone":"13891230044","address":"榆阳区鼓楼第一社区榆溪路 5 号"}', 'PENDING', 6, 'enterprise1', TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP), 'enterprise1', TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP)),
 (3797002, 1, 1011, 31004, 'EMPLOYEE', NULL, NULL, '{"name":"马驾驶","sex":"1","age":38,"id_card":"610802198801010011","phone":"13991230021","job":"货车驾驶员"}', 'PENDING', 6, 'enterprise1', TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP), 'enterprise1', TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP));

-- measures: a running case (31004 → 异常) and a closed one with a confirmed out-of-range penalty
INSERT INTO safety_measure (id, tenant_id, grid_id, subject_id, inspection_id, open_inspection_id, inspector_id, checked_at, item_ids, state, terminal, penalty_total, out_of_range, last_actor_id, last_action_time, create_by, create_time) VALUES
 (3796001, 1, 1011, 31004, 3793002, 3793002, 2, TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), '30008', 'RECHECK', 0, NULL, 0, 2, TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP), 'inspector1', TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP)),
 (3796002, 1, 102, 31012, 3793003, NULL, 3, TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP), '30009', 'CLOSED', 1, 150000, 1, 7, TIMESTAMPADD(DAY, -20, CURRENT_TIMESTAMP), 'inspector2', TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP));
INSERT INTO safety_measure_step (id, measure_id, seq, from_state, to_state, actor_id, actor_name, note, penalties, amount, out_of_range, create_time) VALUES
 (379600101, 3796001, 1, NULL, 'RECHECK', 2, '张网格', '隐患台账未更新，一周内复查', NULL, NULL, 0, TIMESTAMPADD(DAY, -2, CURRENT_TIMESTAMP)),
 (379600201, 3796002, 1, NULL, 'RECHECK', 3, '李网格', '重大危险源未备案', NULL, NULL, 0, TIMESTAMPADD(DAY, -40, CURRENT_TIMESTAMP)),
 (379600202, 3796002, 2, 'RECHECK', 'PENALTY', 7, '刘所长', '复查仍未备案，顶格以上处罚', '[{"itemId":"30009","itemName":"重大危险源管理","amount":150000,"min":10000,"max":100000,"outOfRange":true}]', 150000, 1, TIMESTAMPADD(DAY, -35, CURRENT_TIMESTAMP)),
 (379600203, 3796002, 3, 'PENALTY', 'RECTIFICATION', 7, '刘所长', '限期 10 日整改', NULL, NULL, 0, TIMESTAMPADD(DAY, -34, CURRENT_TIMESTAMP)),
 (379600204, 3796002, 4, 'RECTIFICATION', 'CLOSED', 7, '刘所长', '已备案，整改完成', NULL, NULL, 0, TIMESTAMPADD(DAY, -20, CURRENT_TIMESTAMP));
UPDATE safety_subject SET status = 'ABNORMAL' WHERE id = 31004;
