-- A5 / A9 admin pages (jeecg-ui/src/views/safety/escalation, task, track). The PAGE rows of V3_1_0 already point
-- at them (same codes, which the endpoints check); they get the names the bureau uses for them.
UPDATE sys_permission SET name = '越级上报处理', icon = 'BranchesOutlined' WHERE id = 3310;
UPDATE sys_permission SET name = '任务派发' WHERE id = 3320;
UPDATE sys_permission SET name = '巡查轨迹' WHERE id = 3330;
