-- B7/B10 staff pages under 执法管理 (jeecg-ui/src/views/enforcement/appeal, .../archive; ids 4430-4459). The buttons
-- (答复, 导出) are guarded by the existing API codes enforcement:appeal:reply (4211) and enforcement:archive:export
-- (4221), which the endpoints check: no BUTTON rows. The public case page (/public/cases/<token>) is a static route
-- of the UI, not a menu entry.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (4430, 4000, 'PAGE', 'enforcement:appeal:page',  '申诉答复', '/enforcement/appeals', 'enforcement/appeal/index',  'MessageOutlined', 6),
 (4431, 4000, 'PAGE', 'enforcement:archive:page', '执法档案', '/enforcement/archive', 'enforcement/archive/index', 'FileSearchOutlined', 7);
