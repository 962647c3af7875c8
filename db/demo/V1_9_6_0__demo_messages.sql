-- Demo message centre: everybody reads "我的消息"; department leaders publish notices and manage groups;
-- two demo notices (one pinned) for every demo user, and one group.
INSERT INTO sys_role_permission (role_id, permission_id) VALUES
 (2, 1600), (2, 1610), (2, 1620), (2, 1621), (2, 1622), (2, 1623), (2, 1630), (2, 1631), (2, 1632), (2, 1633),
 (3, 1600), (3, 1610),
 (4, 1600), (4, 1610),
 (5, 1600), (5, 1610),
 (6, 1600), (6, 1610);

INSERT INTO msg_message (id, tenant_id, type, category, title, content, sender_id, sender_name, pinned, priority,
                         targets, recipient_count, create_by, create_time) VALUES
 (9601, 1, 'NOTICE', 'NOTICE', '关于开展2026年春运道路运输安全大检查的通知',
  '各科室、各网格：请于1月31日前完成辖区运输企业安全检查，发现隐患及时录入系统并跟踪整改。', 1, '系统管理员', 1, 'HIGH',
  '{"deptIds":[1]}', 0, 'admin', '2026-01-08 09:00:00'),
 (9602, 1, 'NOTICE', 'NOTICE', '消息中心上线说明',
  '系统消息、复查提醒、任务通知将统一在“我的消息”中查看，右上角铃铛显示未读数量。', 1, '系统管理员', 0, 'NORMAL',
  '{"roleCodes":["admin","dept_leader","inspector","enforcer","road_chief","enterprise"]}', 0, 'admin', '2026-01-09 10:00:00');

INSERT INTO msg_recipient (message_id, user_id, tenant_id, deleted, create_time)
 SELECT 9601, u.id, 1, 0, '2026-01-08 09:00:00' FROM sys_user u WHERE u.del_flag = 0;
INSERT INTO msg_recipient (message_id, user_id, tenant_id, deleted, create_time)
 SELECT 9602, u.id, 1, 0, '2026-01-09 10:00:00' FROM sys_user u WHERE u.del_flag = 0;
UPDATE msg_message SET recipient_count = (SELECT COUNT(*) FROM msg_recipient r WHERE r.message_id = msg_message.id)
 WHERE id IN (9601, 9602);

INSERT INTO msg_group (id, tenant_id, name, remark, create_by, create_time) VALUES
 (9611, 1, '运输管理所网格员', '运输管理所下各网格的网格员', 'admin', '2026-01-08 08:00:00');
INSERT INTO msg_group_target (group_id, target_type, target_value) VALUES
 (9611, 'GRID', '101'), (9611, 'GRID', '102');
