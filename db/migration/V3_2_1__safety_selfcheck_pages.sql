-- A8 admin pages of the grid member (jeecg-ui/src/views/safety/*-review). The 通过/退回 buttons are guarded by
-- the existing API codes safety:self-check:review (3601) and safety:equipment:review (3611), which the review
-- endpoints check: no BUTTON rows, so a role cannot be given a button without the right to use it.
INSERT INTO sys_permission (id, parent_id, type, code, name, path, component, icon, sort_no) VALUES
 (3620, 3000, 'PAGE', 'safety:self-check:review-page', '自查审核',     '/safety/self-check-review', 'safety/self-check-review/index', 'AuditOutlined', 40),
 (3630, 3000, 'PAGE', 'safety:equipment:review-page',  '特种设备审核', '/safety/equipment-review',  'safety/equipment-review/index',  'ToolOutlined',  41);
