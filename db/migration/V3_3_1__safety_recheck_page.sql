-- A3: the unit's view of the recheck job's outcome (what nobody could take, what went to someone else) becomes a page,
-- 复查分配, where an UNASSIGNED pair is handed to an eligible inspector by hand. Same permission (granted to the
-- unit's leaders), now a PAGE row so that the menu shows it.
UPDATE sys_permission SET type = 'PAGE', name = '复查分配', path = '/safety/recheck', component = 'safety/recheck/index',
    icon = 'ScheduleOutlined', sort_no = 45 WHERE id = 3780;
