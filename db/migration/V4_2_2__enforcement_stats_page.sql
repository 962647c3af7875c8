-- B15/B17: the statistics become a page, 执法统计 (src/views/enforcement/stats). Same permission code as the API
-- (4240 enforcement:stats:list, held by enforcers and unit leaders), now a PAGE row so that the menu shows it —
-- as V3_3_1 did for the recheck page. The safety statistics page uses its existing PAGE row 3340 (safety/stats/index).
UPDATE sys_permission SET type = 'PAGE', name = '执法统计', path = '/enforcement/stats', component = 'enforcement/stats/index',
    icon = 'BarChartOutlined', sort_no = 60 WHERE id = 4240;
